import type { RouteRecordRaw } from 'vue-router';

export const umsetzungRoutes: RouteRecordRaw[] = [
  {
    path: '/statistik',
    name: 'statistik',
    component: () => import('./pages/StatistikPage.vue'),
    meta: { title: 'Umsetzungsstand in Zahlen' },
  },
  {
    path: '/statistik/basiskomponenten',
    name: 'basiskomponenten-matrix',
    component: () => import('./pages/MatrixPage.vue'),
    meta: { title: 'Anschluss an Basiskomponenten' },
  },
  {
    path: '/importe',
    name: 'importe',
    component: () => import('./pages/ImportPage.vue'),
    meta: { title: 'Umsetzungsstand importieren' },
  },
];
