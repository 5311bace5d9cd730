import type { RouteRecordRaw } from 'vue-router';

export const infoRoutes: RouteRecordRaw[] = [
  {
    path: '/barrierefreiheit',
    name: 'barrierefreiheit',
    component: () => import('./pages/BarrierefreiheitPage.vue'),
    meta: { title: 'Erklärung zur Barrierefreiheit' },
  },
  {
    path: '/leichte-sprache',
    name: 'leichte-sprache',
    component: () => import('./pages/LeichteSprachePage.vue'),
    meta: { title: 'Leichte Sprache' },
  },
  {
    path: '/impressum',
    name: 'impressum',
    component: () => import('./pages/ImpressumPage.vue'),
    meta: { title: 'Impressum' },
  },
  {
    path: '/datenschutz',
    name: 'datenschutz',
    component: () => import('./pages/DatenschutzPage.vue'),
    meta: { title: 'Datenschutzerklärung' },
  },
];
