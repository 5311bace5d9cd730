import type { RouteRecordRaw } from 'vue-router';

export const aufgabenRoutes: RouteRecordRaw[] = [
  {
    path: '/aufgaben',
    name: 'aufgaben',
    component: () => import('./pages/AufgabenPage.vue'),
    meta: { title: 'Meine Aufgaben', anmeldung: true },
  },
];
