import {
  createRouter,
  createWebHistory,
  type RouterHistory,
  type RouteRecordRaw,
  type RouterScrollBehavior,
} from 'vue-router';
import type { Schemas } from '@/api';
import { adminRoutes } from '@/features/admin';
import { aenderungenRoutes } from '@/features/aenderungen';
import { anmeldungRoutes } from '@/features/anmeldung';
import { aufgabenRoutes } from '@/features/aufgaben';
import { basiskomponentenRoutes } from '@/features/basiskomponenten';
import { referenzdatenRoutes } from '@/features/referenzdaten';
import { infoRoutes } from '@/features/info';
import { katalogRoutes } from '@/features/katalog';
import { kommunenRoutes } from '@/features/kommunen';
import { organisationenRoutes } from '@/features/organisationen';
import { projekteRoutes } from '@/features/projekte';
import { umsetzungRoutes } from '@/features/umsetzung';
import { einbettenRoutes, installEinbettenGuard } from './einbetten/routes';
import { installFocusManagement } from './focus';
import './pageSections';

declare module 'vue-router' {
  interface RouteMeta {
    /** Document title of the page; detail pages refine it with their data (useDocumentTitle). */
    title?: string;
    /** Only for signed-in users. */
    anmeldung?: boolean;
    /** Only for these roles (implies anmeldung). */
    rollen?: Schemas['Rolle'][];
    /** A view made to be embedded in other websites: no header, navigation or footer. */
    einbetten?: boolean;
  }
}

/** Every feature contributes its routes; a new feature plugs in here. */
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'start', component: () => import('./pages/StartPage.vue'), meta: { title: 'Start' } },
  ...katalogRoutes,
  ...kommunenRoutes,
  ...organisationenRoutes,
  ...basiskomponentenRoutes,
  ...referenzdatenRoutes,
  ...infoRoutes,
  ...umsetzungRoutes,
  ...projekteRoutes,
  ...aenderungenRoutes,
  ...anmeldungRoutes,
  ...aufgabenRoutes,
  ...adminRoutes,
  ...einbettenRoutes,
  {
    path: '/:pathMatch(.*)*',
    name: 'nicht-gefunden',
    component: () => import('./pages/NotFoundPage.vue'),
    meta: { title: 'Seite nicht gefunden' },
  },
];

/** Waits briefly for an anchor that appears with loaded data (e.g. a source on "Über die Daten"). */
function waitFor(selector: string, timeoutMs = 3000): Promise<Element | null> {
  return new Promise((resolve) => {
    const start = performance.now();
    const look = () => {
      const el = document.querySelector(selector);
      if (el || performance.now() - start > timeoutMs) resolve(el);
      else requestAnimationFrame(look);
    };
    look();
  });
}

const scrollBehavior: RouterScrollBehavior = async (to, from, savedPosition) => {
  if (savedPosition) return savedPosition;
  if (to.hash) {
    const el = await waitFor(`#${CSS.escape(decodeURIComponent(to.hash.slice(1)))}`);
    return el ? { el, top: 16 } : { top: 0 };
  }
  // Filtering, sorting, paging and the map's drill-down stay on the page: keep the reader where they are.
  if (to.path === from.path) return false;
  return { top: 0 };
};

export function createAppRouter(history: RouterHistory = createWebHistory(import.meta.env.BASE_URL)) {
  const router = createRouter({ history, routes, scrollBehavior });
  installFocusManagement(router);
  installEinbettenGuard(router);
  return router;
}
