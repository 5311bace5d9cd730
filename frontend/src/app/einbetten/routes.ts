import type { RouteRecordRaw, Router } from 'vue-router';

/**
 * Read-only views made to be embedded in other websites (a Kommune's site, another portal): no navigation, no
 * sign-in. Only these paths may be framed (the web server sends `frame-ancestors` for /einbetten/ alone).
 */
export const einbettenRoutes: RouteRecordRaw[] = [
  {
    path: '/einbetten/kommunen/:ags(\\d{8})',
    name: 'einbetten-kommune',
    component: () => import('./EinbettenKommunePage.vue'),
    props: true,
    meta: { title: 'Umsetzungsstand einer Kommune', einbetten: true },
  },
  {
    path: '/einbetten/leistungen/:ozgId(\\d+)',
    name: 'einbetten-leistung',
    component: () => import('./EinbettenLeistungPage.vue'),
    props: (route) => ({ ozgId: Number(route.params.ozgId) }),
    meta: { title: 'Wo eine Leistung online ist', einbetten: true },
  },
  {
    path: '/einbetten/themenfelder/:id(\\d+)',
    name: 'einbetten-themenfeld',
    component: () => import('./EinbettenThemenfeldPage.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { title: 'Projekte eines Themenfelds', einbetten: true },
  },
  {
    path: '/einbetten/karte',
    name: 'einbetten-karte',
    component: () => import('./EinbettenKartePage.vue'),
    meta: { title: 'Karte der Kommunen', einbetten: true },
  },
];

/**
 * A link from an embedded view to a page of the dashboard opens that page in a new tab: inside the frame it would
 * become the whole dashboard in someone else's page (and those pages refuse to be framed when loaded afresh).
 */
export function installEinbettenGuard(router: Router) {
  router.beforeEach((to, from) => {
    if (from.meta.einbetten && !to.meta.einbetten && from.matched.length > 0) {
      window.open(router.resolve(to).href, '_blank', 'noopener');
      return false;
    }
    return true;
  });
}
