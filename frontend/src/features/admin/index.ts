/** Public entry of the feature "Verwaltung": accounts, API tokens, audit trail (ADMIN only). */
export { adminRoutes } from './routes';
