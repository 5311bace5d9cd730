/**
 * Optional single sign-on (OIDC): Authorization Code flow with PKCE (S256), state and nonce, for a public client.
 * Only active when config.json names an issuer (`configureOidc`); otherwise nothing here talks to any host.
 *
 * The access token lives in memory and, so that a reload keeps the sign-in, in sessionStorage (this tab only,
 * gone with it) – never in localStorage. The API client sends it as `Authorization: Bearer`.
 */
export interface OidcConfig {
  /** The issuer's URL without a trailing slash, e.g. https://sso.example/realms/dashboard */
  readonly issuer: string;
  readonly clientId: string;
  /** Space-separated scopes; always contains `openid`. */
  readonly scope: string;
}

export class OidcError extends Error {
  override readonly name = 'OidcError';
}

interface Discovery {
  readonly authorization_endpoint: string;
  readonly token_endpoint: string;
  readonly end_session_endpoint?: string;
}

interface Pending {
  readonly state: string;
  readonly nonce: string;
  readonly verifier: string;
  readonly redirectUri: string;
  readonly weiter: string;
}

interface StoredToken {
  readonly accessToken: string;
  readonly idToken?: string;
  /** Milliseconds since the epoch. */
  readonly expiresAt: number;
}

const PENDING_KEY = 'dashboard_oidc_anfrage';
const TOKEN_KEY = 'dashboard_oidc_token';
/** A token this close to its expiry is no longer sent. */
const EXPIRY_MARGIN_MS = 10_000;

let config: OidcConfig | undefined;
let discovery: Promise<Discovery> | undefined;
let token: StoredToken | null | undefined;
let expiryTimer: ReturnType<typeof setTimeout> | undefined;
const endedListeners = new Set<() => void>();

/** Called whenever a single sign-on token is dropped (sign-out, expiry, 401): the app forgets who was signed in. */
export function onSsoEnded(listener: () => void): () => void {
  endedListeners.add(listener);
  return () => endedListeners.delete(listener);
}

/** Drops the token when it expires, even while nobody calls the API. */
function scheduleExpiry(value: StoredToken | null): void {
  if (expiryTimer !== undefined) clearTimeout(expiryTimer);
  expiryTimer = undefined;
  if (!value) return;
  const delay = value.expiresAt - EXPIRY_MARGIN_MS - Date.now();
  // setTimeout holds at most ~24.8 days; longer tokens are checked on use
  if (delay > 0 && delay < 2 ** 31 - 1) expiryTimer = setTimeout(() => currentToken(), delay + 50);
}

export function configureOidc(value: OidcConfig | undefined): void {
  config = value;
  discovery = undefined;
  token = undefined;
  scheduleExpiry(null);
}

export function oidcConfig(): OidcConfig | undefined {
  return config;
}

export function ssoAvailable(): boolean {
  return config !== undefined;
}

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

function readJson<T>(key: string): T | undefined {
  const raw = storage()?.getItem(key);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return undefined;
  }
}

export function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A random string from `bytes` random bytes (base64url, 43 characters for 32 bytes). */
export function randomString(bytes = 32): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** The PKCE code challenge for a verifier: BASE64URL(SHA-256(verifier)) (RFC 7636, S256). */
export async function pkceChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

function endpoint(value: unknown, name: string): string {
  if (typeof value !== 'string') throw new OidcError(`Der Identity Provider nennt keinen ${name}.`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new OidcError(`Der Identity Provider nennt einen ungültigen ${name}.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new OidcError(`Der Identity Provider nennt einen ungültigen ${name}.`);
  return url.href;
}

/** The issuer's metadata from `${issuer}/.well-known/openid-configuration`, fetched once. */
export function discover(): Promise<Discovery> {
  const current = config;
  if (!current) return Promise.reject(new OidcError('Single Sign-on ist nicht eingerichtet.'));
  discovery ??= (async () => {
    let raw: Record<string, unknown>;
    try {
      const response = await fetch(`${current.issuer}/.well-known/openid-configuration`, {
        headers: { Accept: 'application/json' },
      });
      if (!response.ok) throw new Error(String(response.status));
      raw = (await response.json()) as Record<string, unknown>;
    } catch {
      throw new OidcError('Der Identity Provider ist nicht erreichbar.');
    }
    if (typeof raw.issuer !== 'string' || raw.issuer.replace(/\/+$/, '') !== current.issuer)
      throw new OidcError('Der Identity Provider meldet einen anderen Issuer als konfiguriert.');
    return {
      authorization_endpoint: endpoint(raw.authorization_endpoint, 'Anmelde-Endpunkt'),
      token_endpoint: endpoint(raw.token_endpoint, 'Token-Endpunkt'),
      end_session_endpoint:
        raw.end_session_endpoint === undefined
          ? undefined
          : endpoint(raw.end_session_endpoint, 'Abmelde-Endpunkt'),
    };
  })().catch((error: unknown) => {
    discovery = undefined;
    throw error;
  });
  return discovery;
}

/** Where the issuer sends the browser back: the route `/anmelden/rueckkehr` of this dashboard. */
export function redirectUri(): string {
  return new URL(`${import.meta.env.BASE_URL}anmelden/rueckkehr`, window.location.origin).href;
}

/**
 * Builds the authorization request and remembers state, nonce and verifier for the return. `navigate` is the
 * page change (replaced in tests).
 */
export async function startSso(
  weiter: string,
  navigate: (url: string) => void = (url) => window.location.assign(url),
): Promise<void> {
  const current = config;
  if (!current) throw new OidcError('Single Sign-on ist nicht eingerichtet.');
  const meta = await discover();
  const pending: Pending = {
    state: randomString(),
    nonce: randomString(),
    verifier: randomString(48),
    redirectUri: redirectUri(),
    weiter,
  };
  const store = storage();
  if (!store) throw new OidcError('Der Browser erlaubt keinen Sitzungsspeicher; Anmeldung nicht möglich.');
  store.setItem(PENDING_KEY, JSON.stringify(pending));
  const url = new URL(meta.authorization_endpoint);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', current.clientId);
  url.searchParams.set('redirect_uri', pending.redirectUri);
  url.searchParams.set('scope', current.scope);
  url.searchParams.set('state', pending.state);
  url.searchParams.set('nonce', pending.nonce);
  url.searchParams.set('code_challenge', await pkceChallenge(pending.verifier));
  url.searchParams.set('code_challenge_method', 'S256');
  navigate(url.href);
}

function jwtPayload(jwt: string): Record<string, unknown> {
  const part = jwt.split('.')[1];
  if (!part) throw new OidcError('Das ID-Token ist unlesbar.');
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
  } catch {
    throw new OidcError('Das ID-Token ist unlesbar.');
  }
}

/**
 * The return from the issuer: checks state, exchanges the code (with the PKCE verifier) at the token endpoint,
 * checks the ID token's nonce, issuer and audience, and keeps the access token. Returns where to go next.
 * The ID token comes straight from the token endpoint over the connection the browser checked, so its
 * signature is not verified here (OIDC Core 3.1.3.7); the backend verifies every access token it receives.
 */
export async function completeSso(currentUrl: string): Promise<string> {
  const current = config;
  if (!current) throw new OidcError('Single Sign-on ist nicht eingerichtet.');
  const params = new URL(currentUrl).searchParams;
  const store = storage();
  const pending = readJson<Pending>(PENDING_KEY);
  store?.removeItem(PENDING_KEY);
  const error = params.get('error');
  if (error) {
    const description = params.get('error_description');
    throw new OidcError(
      `Der Identity Provider hat die Anmeldung abgelehnt (${error}${description ? `: ${description}` : ''}).`,
    );
  }
  const code = params.get('code');
  const state = params.get('state');
  if (!pending || !code || !state || state !== pending.state)
    throw new OidcError('Die Rückkehr vom Identity Provider passt zu keiner begonnenen Anmeldung.');
  const meta = await discover();
  let response: Response;
  try {
    response = await fetch(meta.token_endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: pending.redirectUri,
        client_id: current.clientId,
        code_verifier: pending.verifier,
      }),
    });
  } catch {
    throw new OidcError('Der Identity Provider ist nicht erreichbar.');
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok || typeof body.access_token !== 'string' || body.access_token === '')
    throw new OidcError('Der Identity Provider hat kein Zugriffstoken ausgegeben.');
  const idToken = typeof body.id_token === 'string' ? body.id_token : undefined;
  if (!idToken) throw new OidcError('Der Identity Provider hat kein ID-Token ausgegeben.');
  const claims = jwtPayload(idToken);
  if (claims.nonce !== pending.nonce) throw new OidcError('Das ID-Token gehört nicht zu dieser Anmeldung.');
  if (typeof claims.iss !== 'string' || claims.iss.replace(/\/+$/, '') !== current.issuer)
    throw new OidcError('Das ID-Token stammt von einem anderen Issuer.');
  const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!aud.includes(current.clientId)) throw new OidcError('Das ID-Token ist nicht für dieses Dashboard.');
  const expiresIn = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 300;
  token = { accessToken: body.access_token, idToken, expiresAt: Date.now() + expiresIn * 1000 };
  store?.setItem(TOKEN_KEY, JSON.stringify(token));
  scheduleExpiry(token);
  return pending.weiter;
}

function currentToken(): StoredToken | null {
  if (!config) return null;
  if (token === undefined) {
    token = readJson<StoredToken>(TOKEN_KEY) ?? null;
    scheduleExpiry(token);
  }
  if (token && token.expiresAt - EXPIRY_MARGIN_MS <= Date.now()) clearSso();
  return token ?? null;
}

/** The access token to send, or undefined (not configured, not signed in, or expired – then it is dropped). */
export function bearerToken(): string | undefined {
  return currentToken()?.accessToken;
}

/** Forgets the token (sign-out, expiry, a 401 answer to a Bearer request). */
export function clearSso(): void {
  const had = Boolean(token);
  token = null;
  scheduleExpiry(null);
  storage()?.removeItem(TOKEN_KEY);
  if (had) for (const listener of endedListeners) listener();
}

/**
 * Signs out of the dashboard and returns the issuer's end-session URL (if it advertises one) to leave the
 * single sign-on session as well.
 */
export async function endSso(postLogoutPath = '/'): Promise<string | undefined> {
  const current = config;
  const idToken = currentToken()?.idToken;
  clearSso();
  if (!current) return undefined;
  let meta: Discovery;
  try {
    meta = await discover();
  } catch {
    return undefined;
  }
  if (!meta.end_session_endpoint) return undefined;
  const url = new URL(meta.end_session_endpoint);
  url.searchParams.set('client_id', current.clientId);
  url.searchParams.set(
    'post_logout_redirect_uri',
    new URL(`${import.meta.env.BASE_URL}${postLogoutPath.replace(/^\//, '')}`, window.location.origin).href,
  );
  if (idToken) url.searchParams.set('id_token_hint', idToken);
  return url.href;
}
