/** Public entry of the feature "Kommunen": list, profiles and the drill-down map of NRW. */
import { defineAsyncComponent } from 'vue';

export { kommunenRoutes } from './routes';
export { defaultMapFigures, type MapFigure } from './components/map/figures';
/** "Meine Kommune": search by name or AGS, opens the profile (in the start page's first view). */
export { default as KommuneSuche } from './components/KommuneSuche.vue';

/** The map with its legend and table; loaded on demand, with the boundaries it draws. */
export const NrwMap = defineAsyncComponent(() => import('./components/map/NrwMap.vue'));
