import { nextTick } from 'vue';
import type { Router } from 'vue-router';
import { documentTitle } from '@/composables/useDocumentTitle';

/**
 * After a change of page, single-page apps leave the keyboard focus on a link that no longer exists and
 * screen readers announce nothing. So: set the document title, then move the focus to the new page's <h1>
 * (or <main>), which makes screen readers read it. Changes within a page (filters, paging, the map) keep the
 * focus where the user is; the initial load leaves it to the browser.
 */
export function installFocusManagement(router: Router): void {
  router.afterEach((to, from, failure) => {
    if (failure) return;
    document.title = documentTitle(to.meta.title);
    if (from.matched.length === 0 || to.path === from.path) return;
    void nextTick(() => {
      requestAnimationFrame(() => {
        const target =
          document.querySelector<HTMLElement>('main [data-page-heading]') ?? document.getElementById('main');
        target?.focus();
      });
    });
  });
}
