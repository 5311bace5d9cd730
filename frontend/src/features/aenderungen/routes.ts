import type { RouteRecordRaw } from 'vue-router';

export const aenderungenRoutes: RouteRecordRaw[] = [
  {
    path: '/aenderungen',
    name: 'aenderungen',
    component: () => import('./pages/AenderungenPage.vue'),
    meta: { title: 'Änderungen' },
  },
];
