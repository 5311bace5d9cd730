import createClient from 'openapi-fetch';
import { inject, type App, type InjectionKey } from 'vue';
import type { paths } from './schema';

/** The typed client for the dashboard's API, generated from ../openapi.yaml (see scripts/generate-api.mjs). */
export type ApiClient = ReturnType<typeof createClient<paths>>;

const apiClientKey: InjectionKey<ApiClient> = Symbol('ApiClient');

export function createApiClient(baseUrl: string): ApiClient {
  return createClient<paths>({ baseUrl, headers: { Accept: 'application/json, application/problem+json' } });
}

export function provideApiClient(app: App, client: ApiClient): void {
  app.provide(apiClientKey, client);
}

/** The API client of the running app; composables call this in their setup. */
export function useApiClient(): ApiClient {
  const client = inject(apiClientKey);
  if (!client) throw new Error('Kein API-Client bereitgestellt (provideApiClient fehlt).');
  return client;
}
