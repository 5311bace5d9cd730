import type { RouteRecordRaw } from 'vue-router';

export const organisationenRoutes: RouteRecordRaw[] = [
  {
    path: '/organisationen',
    name: 'organisationen',
    component: () => import('./pages/OrganisationenPage.vue'),
    meta: { title: 'Organisationen' },
  },
  {
    path: '/organisationen/:id([a-z0-9][a-z0-9-]{0,99})',
    name: 'organisation',
    component: () => import('./pages/OrganisationPage.vue'),
    props: true,
    meta: { title: 'Organisation' },
  },
];
