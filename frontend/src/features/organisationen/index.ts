/** Public entry of the feature "Organisationen". */
export { organisationenRoutes } from './routes';
