/** Public entry of the feature "Projekte": the project registry, Gremien, Koordination. */
export { projekteRoutes } from './routes';
export { default as ProjekteUebersicht } from './components/ProjekteUebersicht.vue';
