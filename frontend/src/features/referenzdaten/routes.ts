import type { RouteRecordRaw } from 'vue-router';

export const referenzdatenRoutes: RouteRecordRaw[] = [
  {
    path: '/ueber-die-daten',
    name: 'ueber-die-daten',
    component: () => import('./pages/UeberDieDatenPage.vue'),
    meta: { title: 'Über die Daten' },
  },
];
