import type { RouteRecordRaw } from 'vue-router';

export const umsetzungRoutes: RouteRecordRaw[] = [
  {
    path: '/statistik/basiskomponenten',
    name: 'basiskomponenten-matrix',
    component: () => import('./pages/MatrixPage.vue'),
    meta: { title: 'Anschluss an Basiskomponenten' },
  },
];
