/** Public entry of the feature "Anmeldung": sign-in, password, the header's user menu. */
export { anmeldungRoutes } from './routes';
export { default as UserMenu } from './components/UserMenu.vue';
