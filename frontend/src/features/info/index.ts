/** Public entry of the feature "Info": the accessibility statement, Impressum, Datenschutzerklärung and the page in Leichte Sprache. */
export { infoRoutes } from './routes';
