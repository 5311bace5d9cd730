import type { RouteRecordRaw } from 'vue-router';

export const anmeldungRoutes: RouteRecordRaw[] = [
  {
    path: '/anmelden',
    name: 'anmelden',
    component: () => import('./pages/AnmeldenPage.vue'),
    meta: { title: 'Anmelden' },
  },
  {
    path: '/passwort',
    name: 'passwort',
    component: () => import('./pages/PasswortPage.vue'),
    meta: { title: 'Passwort ändern', anmeldung: true },
  },
];
