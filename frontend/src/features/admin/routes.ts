import type { RouteRecordRaw } from 'vue-router';

export const adminRoutes: RouteRecordRaw[] = [
  { path: '/verwaltung', redirect: '/verwaltung/konten' },
  {
    path: '/verwaltung/konten',
    name: 'konten',
    component: () => import('./pages/KontenPage.vue'),
    meta: { title: 'Konten', rollen: ['ADMIN'] },
  },
  {
    path: '/verwaltung/tokens',
    name: 'tokens',
    component: () => import('./pages/TokensPage.vue'),
    meta: { title: 'API-Tokens', rollen: ['ADMIN'] },
  },
  {
    path: '/verwaltung/audit',
    name: 'audit',
    component: () => import('./pages/AuditPage.vue'),
    meta: { title: 'Audit-Trail', rollen: ['ADMIN'] },
  },
];
