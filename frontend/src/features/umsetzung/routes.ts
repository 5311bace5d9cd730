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
  {
    path: '/kommunen/:ags(\\d{5}|\\d{8}|\\d{12})/umsetzungsstand/:ozgId(\\d{1,9})',
    name: 'stand-melden',
    component: () => import('./pages/EintragPage.vue'),
    props: true,
    meta: { title: 'Stand melden' },
  },
];
