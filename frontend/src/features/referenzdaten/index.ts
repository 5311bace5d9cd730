/**
 * Public entry of the feature Referenzdaten ("Über die Daten"): sources, licences, attribution, and the
 * footer's credit line.
 */
export { referenzdatenRoutes } from './routes';
export { default as DatenquellenCredits } from './components/DatenquellenCredits.vue';
