/**
 * Public entry of the feature "Umsetzung": Soll and Ist of the Kommunen, the metrics with their formulas,
 * the Basiskomponenten matrix and the import. Everything but the map's figures loads on demand.
 */
import { defineAsyncComponent } from 'vue';

export { umsetzungRoutes } from './routes';
export { useUmsetzungKarte } from './api/karte';
/** The start page's answer first: the share online in NRW and its trend (in the first view, so not deferred). */
export { default as NrwStand } from './components/NrwStand.vue';
export { prefetchNrwTrend } from './api/statistik';
export { REIFEGRAD_STANDARD } from './api/labels';

/** Key figures of the Umsetzungsstand for the start page. */
export const UmsetzungKennzahlen = defineAsyncComponent(() => import('./components/UmsetzungKennzahlen.vue'));
/** Progress per Themenfeld (metric a) for the start page, with its table. */
export const ThemenfelderFortschritt = defineAsyncComponent(
  () => import('./components/ThemenfelderFortschritt.vue'),
);
/** Top of a Kommune's profile: its share online, before the Steckbrief. */
export const KommuneKopf = defineAsyncComponent(() => import('./components/KommuneKopf.vue'));
/** Section of a Kommune's profile: Soll/Ist, Reifegrade, Basiskomponenten, time series. */
export const KommuneUmsetzung = defineAsyncComponent(() => import('./components/KommuneUmsetzung.vue'));
/** Top of a Themenfeld's page: its share online in NRW. */
export const ThemenfeldStand = defineAsyncComponent(() => import('./components/ThemenfeldStand.vue'));
/** Section of a Leistung's page: where it is online, Zuständigkeit. */
export const LeistungUmsetzung = defineAsyncComponent(() => import('./components/LeistungUmsetzung.vue'));
/** Embeddable views (/einbetten/…): a Kommune's share online, and where a Leistung is online. */
export const KommuneEingebettet = defineAsyncComponent(() => import('./components/KommuneEingebettet.vue'));
export const LeistungEingebettet = defineAsyncComponent(() => import('./components/LeistungEingebettet.vue'));
