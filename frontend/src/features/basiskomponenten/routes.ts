import type { RouteRecordRaw } from 'vue-router';

export const basiskomponentenRoutes: RouteRecordRaw[] = [
  {
    path: '/basiskomponenten',
    name: 'basiskomponenten',
    component: () => import('./pages/BasiskomponentenPage.vue'),
    meta: { title: 'Basiskomponenten' },
  },
  {
    path: '/basiskomponenten/:id([a-z0-9][a-z0-9-]{0,99})',
    name: 'basiskomponente',
    component: () => import('./pages/BasiskomponentePage.vue'),
    props: true,
    meta: { title: 'Basiskomponente' },
  },
];
