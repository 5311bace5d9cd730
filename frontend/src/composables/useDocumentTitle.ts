import { watchEffect, type MaybeRefOrGetter, toValue } from 'vue';

export const SITE_NAME = 'Digitalisierungsdashboard NRW';

export function documentTitle(pageTitle: string | undefined): string {
  return pageTitle ? `${pageTitle} – ${SITE_NAME}` : SITE_NAME;
}

/**
 * Sets the document title from a page's own data (e.g. the name of a Leistung once loaded); the router sets
 * the route's static title before, so the title is never empty while data loads.
 */
export function useDocumentTitle(title: MaybeRefOrGetter<string | undefined>): void {
  watchEffect(() => {
    const value = toValue(title);
    if (value) document.title = documentTitle(value);
  });
}
