/** Public entry of the feature "Übersicht": the key figures of the start page. */
export { default as KennzahlenGrid } from './components/KennzahlenGrid.vue';
