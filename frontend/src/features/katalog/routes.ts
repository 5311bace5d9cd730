import type { RouteRecordRaw } from 'vue-router';

export const katalogRoutes: RouteRecordRaw[] = [
  {
    path: '/themenfelder',
    name: 'themenfelder',
    component: () => import('./pages/ThemenfelderPage.vue'),
    meta: { title: 'Themenfelder' },
  },
  {
    path: '/themenfelder/:id(\\d+)',
    name: 'themenfeld',
    component: () => import('./pages/ThemenfeldPage.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { title: 'Themenfeld' },
  },
  {
    path: '/leistungen',
    name: 'leistungen',
    component: () => import('./pages/LeistungenPage.vue'),
    meta: { title: 'OZG-Leistungen' },
  },
  {
    path: '/leistungen/:ozgId(\\d+)',
    name: 'leistung',
    component: () => import('./pages/LeistungPage.vue'),
    props: (route) => ({ ozgId: Number(route.params.ozgId) }),
    meta: { title: 'OZG-Leistung' },
  },
  {
    path: '/leika/:schluessel(\\d{14})',
    name: 'leika',
    component: () => import('./pages/LeikaPage.vue'),
    props: true,
    meta: { title: 'LeiKa-Leistung' },
  },
];
