/** Public entry of the feature "Über die Daten": sources, licences, attribution, and the footer's credit line. */
export { datenquellenRoutes } from './routes';
export { default as DatenquellenCredits } from './components/DatenquellenCredits.vue';
