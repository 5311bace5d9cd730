import type { RouteRecordRaw } from 'vue-router';

export const anmeldungRoutes: RouteRecordRaw[] = [
  {
    path: '/anmelden',
    name: 'anmelden',
    component: () => import('./pages/AnmeldenPage.vue'),
    meta: { title: 'Anmelden' },
  },
  {
    path: '/anmelden/rueckkehr',
    name: 'anmelden-rueckkehr',
    component: () => import('./pages/RueckkehrPage.vue'),
    meta: { title: 'Anmeldung wird abgeschlossen' },
  },
  {
    path: '/passwort',
    name: 'passwort',
    component: () => import('./pages/PasswortPage.vue'),
    meta: { title: 'Passwort ändern', anmeldung: true },
  },
];
