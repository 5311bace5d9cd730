/** Public entry of the feature "Änderungen" (the public change feed). */
export { aenderungenRoutes } from './routes';
