import createClient from 'openapi-fetch';
import { inject, type App, type InjectionKey } from 'vue';
import { bearerToken, renewSso, tokenExpiresSoon, tokenRefused } from './oidc';
import type { paths } from './schema';

/**
 * The typed client for the dashboard's API, generated from ../openapi.yaml (see scripts/generate-api.mjs). It reads
 * JSON only: the same operations also answer CSV, XLSX or Turtle, which the typed answers must not include.
 */
type JsonMedia = `${string}/${string}json`;
export type ApiClient = ReturnType<typeof createClient<paths, JsonMedia>>;

const apiClientKey: InjectionKey<ApiClient> = Symbol('ApiClient');

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The session's CSRF token (double submit): the backend hands it out with the sign-in and in /auth/me, and also
 * sets the readable cookie `dashboard_csrf` (`__Host-dashboard_csrf` over HTTPS). The cookie is only readable
 * where the SPA shares the API's host, so the token from the response comes first.
 */
let csrfToken: string | undefined;

const SESSION_HINT = 'dashboard_angemeldet';

export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
  try {
    if (token) localStorage.setItem(SESSION_HINT, '1');
    else localStorage.removeItem(SESSION_HINT);
  } catch {
    // storage unavailable (private mode): the cookie still tells
  }
}

/**
 * Whether a session may exist: the readable CSRF cookie or the note left at sign-in. Anonymous readers (most
 * visitors) thus never ask /auth/me and never see a 401 in their console.
 */
export function mayHaveSession(): boolean {
  if (bearerToken()) return true;
  if (csrfToken || csrfFromCookie()) return true;
  try {
    return localStorage.getItem(SESSION_HINT) === '1';
  } catch {
    return false;
  }
}

function csrfFromCookie(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  for (const part of document.cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === '__Host-dashboard_csrf' || name === 'dashboard_csrf')
      return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/**
 * The session cookie goes along with every call (`credentials: 'include'`; the API's CORS allows exactly the
 * dashboard's origins), and every write carries the CSRF token in `X-CSRF-Token`. Signed in by single sign-on,
 * every call carries the access token as `Authorization: Bearer` instead (no CSRF token needed): renewed first
 * when it is about to run out; refused by the API (401: expired, revoked), it is renewed and the call repeated
 * once – if renewing fails, the dashboard asks the user to sign in again and keeps the page as it is.
 */
export function createApiClient(baseUrl: string): ApiClient {
  const client = createClient<paths, JsonMedia>({
    baseUrl,
    credentials: 'include',
    headers: { Accept: 'application/json, application/problem+json' },
  });
  const retries = new Map<string, Request>();
  client.use({
    async onRequest({ request, id }) {
      if (bearerToken() && tokenExpiresSoon()) await renewSso();
      const bearer = bearerToken();
      if (bearer && !request.headers.has('Authorization')) {
        request.headers.set('Authorization', `Bearer ${bearer}`);
        retries.set(id, request.clone());
        return request;
      }
      if (SAFE_METHODS.has(request.method)) return undefined;
      const token = csrfToken ?? csrfFromCookie();
      if (token) request.headers.set('X-CSRF-Token', token);
      return request;
    },
    async onResponse({ request, response, id, options }) {
      const retry = retries.get(id);
      retries.delete(id);
      const sent = request.headers.get('Authorization');
      if (response.status !== 401 || !retry || !sent?.startsWith('Bearer ')) return undefined;
      if (!(await tokenRefused(sent.slice('Bearer '.length)))) return undefined;
      retry.headers.set('Authorization', `Bearer ${bearerToken() ?? ''}`);
      return options.fetch(retry);
    },
    onError({ id }) {
      retries.delete(id);
      return undefined;
    },
  });
  baseUrls.set(client, baseUrl.replace(/\/+$/, ''));
  return client;
}

const baseUrls = new WeakMap<ApiClient, string>();

/**
 * The absolute address of an API path with a query, for plain links (a download the browser saves itself rather
 * than a call through the client); parameters without a value are left out.
 */
export function apiUrl(
  client: ApiClient,
  path: string,
  query: Record<string, string | number | boolean | undefined | null> = {},
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${baseUrls.get(client) ?? ''}${path}${search ? `?${search}` : ''}`;
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
