/** Public entry of the feature "Basiskomponenten". */
export { basiskomponentenRoutes } from './routes';
