import type { RouteRecordRaw } from 'vue-router';

export const kommunenRoutes: RouteRecordRaw[] = [
  {
    path: '/kommunen',
    name: 'kommunen',
    component: () => import('./pages/KommunenPage.vue'),
    meta: { title: 'Kommunen' },
  },
  {
    // 8-digit AGS, 5-digit Kreisschlüssel or 12-digit ARS, as the API accepts them
    path: '/kommunen/:ags(\\d{5}|\\d{8}|\\d{12})',
    name: 'kommune',
    component: () => import('./pages/KommunePage.vue'),
    props: true,
    meta: { title: 'Kommune' },
  },
];
