import type { RouteRecordRaw } from 'vue-router';

export const referenzdatenRoutes: RouteRecordRaw[] = [
  {
    path: '/ueber-die-daten',
    name: 'ueber-die-daten',
    component: () => import('./pages/UeberDieDatenPage.vue'),
    meta: { title: 'Über die Daten' },
  },
  {
    path: '/daten-und-api',
    name: 'daten-und-api',
    component: () => import('./pages/DatenUndApiPage.vue'),
    meta: { title: 'Daten und API' },
  },
];
