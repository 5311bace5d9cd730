/**
 * Public entry of the feature "Umsetzung": Soll and Ist of the Kommunen, the metrics with their formulas,
 * the Basiskomponenten matrix and the import. Everything but the map's figures loads on demand.
 */
import { defineAsyncComponent } from 'vue';

export { umsetzungRoutes } from './routes';
export { useUmsetzungKarte } from './api/karte';

/** Key figures of the Umsetzungsstand for the start page. */
export const UmsetzungKennzahlen = defineAsyncComponent(() => import('./components/UmsetzungKennzahlen.vue'));
/** Threshold and "Wie wird gezählt?" for the map's Umsetzungsstand figures. */
export const UmsetzungKarteHinweis = defineAsyncComponent(
  () => import('./components/UmsetzungKarteHinweis.vue'),
);
/** Section of a Kommune's profile: Soll/Ist, Reifegrade, Basiskomponenten, time series. */
export const KommuneUmsetzung = defineAsyncComponent(() => import('./components/KommuneUmsetzung.vue'));
/** Section of a Leistung's page: where it is online, Zuständigkeit. */
export const LeistungUmsetzung = defineAsyncComponent(() => import('./components/LeistungUmsetzung.vue'));
