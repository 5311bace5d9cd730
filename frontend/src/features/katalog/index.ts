/** Public entry of the feature "Katalog": Themenfelder, Lagen, OZG-Leistungen and LeiKa rows. */
export { katalogRoutes } from './routes';
export { default as ThemenfelderUebersicht } from './components/ThemenfelderUebersicht.vue';
/** A Themenfeld with its Lagen (e.g. its name for an embedded view of its projects). */
export { useThemenfeld } from './api/katalog';
