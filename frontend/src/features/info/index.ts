/** Public entry of the feature "Info": the accessibility statement and the page in Leichte Sprache. */
export { infoRoutes } from './routes';
