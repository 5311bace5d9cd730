/** Public entry of the feature "Meine Aufgaben": an editor's start after signing in. */
export { aufgabenRoutes } from './routes';
