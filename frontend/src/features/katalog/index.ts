/** Public entry of the feature "Katalog": Themenfelder, Lagen, OZG-Leistungen and LeiKa rows. */
export { katalogRoutes } from './routes';
export { default as ThemenfelderUebersicht } from './components/ThemenfelderUebersicht.vue';
