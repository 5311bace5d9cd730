import type { components, paths } from './schema';

export {
  apiUrl,
  createApiClient,
  mayHaveSession,
  provideApiClient,
  setCsrfToken,
  useApiClient,
  type ApiClient,
} from './client';
export {
  ApiError,
  etagOf,
  STATUS,
  unwrap,
  unwrapEmpty,
  unwrapWithEtag,
  type ApiErrorKind,
  type InvalidParam,
  type Problem,
} from './errors';
export { createQueryClient } from './queryClient';
export { dependsOnSession, queryKeys } from './queryKeys';
export {
  bearerToken,
  completeSso,
  configureOidc,
  endSso,
  OidcError,
  onSsoEnded,
  onSsoState,
  reauthenticateSso,
  restoreSso,
  ssoAvailable,
  ssoState,
  startSso,
  type OidcConfig,
  type SsoState,
} from './oidc';

/** The API's schemas by name, e.g. `Schemas['LeistungSummary']`. */
export type Schemas = components['schemas'];

/** The query parameters of a GET path, e.g. `QueryOf<'/api/v1/leistungen'>`. */
export type QueryOf<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } }
  ? NonNullable<Q>
  : never;
