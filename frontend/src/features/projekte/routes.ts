import type { RouteRecordRaw } from 'vue-router';

export const projekteRoutes: RouteRecordRaw[] = [
  {
    path: '/projekte',
    name: 'projekte',
    component: () => import('./pages/ProjektePage.vue'),
    meta: { title: 'Umsetzungsprojekte' },
  },
  {
    path: '/projekte/neu',
    name: 'projekt-neu',
    component: () => import('./pages/ProjektNeuPage.vue'),
    meta: { title: 'Projekt anlegen', rollen: ['ADMIN', 'KOORDINATION', 'REDAKTION'] },
  },
  {
    path: '/projekte/:id(\\d{1,9})',
    name: 'projekt',
    component: () => import('./pages/ProjektPage.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { title: 'Projekt' },
  },
  {
    path: '/gremien',
    name: 'gremien',
    component: () => import('./pages/GremienPage.vue'),
    meta: { title: 'Gremien' },
  },
  {
    path: '/koordination',
    name: 'koordination',
    component: () => import('./pages/KoordinationPage.vue'),
    meta: { title: 'Koordination je Themenfeld' },
  },
];
