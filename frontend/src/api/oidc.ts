/**
 * Optional single sign-on (OIDC) with the maintained library oidc-client-ts: Authorization Code with PKCE (S256),
 * state and nonce, ID token checks, refresh tokens before the access token runs out (no iframes), sign-out at the
 * issuer. Only active when config.json names an issuer (`configureOidc`); the library is loaded on demand, so a
 * dashboard without single sign-on (and every visitor who never uses it) neither downloads it nor talks to any host.
 *
 * Tokens live in sessionStorage (this tab only, gone with it), never in localStorage; the short-lived state of a
 * sign-in in progress (PKCE verifier, nonce) sits in localStorage so that the sign-in window of a renewed sign-in
 * can read it. The API client sends the access token as `Authorization: Bearer`.
 */
import type { User, UserManager } from 'oidc-client-ts';

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

/** signed in, or the API refused the token and renewing it failed (the user is asked to sign in again). */
export type SsoState = 'abgemeldet' | 'angemeldet' | 'abgelaufen';

/** Where the issuer sends the browser back (redirect and sign-in window alike). */
export const CALLBACK_PATH = 'anmelden/rueckkehr';
/** Renew this many seconds before the access token expires. */
const RENEW_BEFORE_S = 30;

let config: OidcConfig | undefined;
let manager: Promise<UserManager> | undefined;
let user: User | null = null;
let state: SsoState = 'abgemeldet';
let renewing: Promise<boolean> | undefined;
/** Bumped by configureOidc: events of a replaced UserManager are ignored. */
let generation = 0;
const endedListeners = new Set<() => void>();
const stateListeners = new Set<(state: SsoState) => void>();

function setState(next: SsoState): void {
  if (next === state) return;
  const wasSignedIn = state !== 'abgemeldet';
  state = next;
  for (const listener of stateListeners) listener(next);
  if (next === 'abgemeldet' && wasSignedIn) for (const listener of endedListeners) listener();
}

/** Called whenever a single sign-on ends (sign-out, the session gone): the app forgets who was signed in. */
export function onSsoEnded(listener: () => void): () => void {
  endedListeners.add(listener);
  return () => endedListeners.delete(listener);
}

/** Follows the state of the single sign-on, e.g. to ask for a new sign-in once it is `abgelaufen`. */
export function onSsoState(listener: (state: SsoState) => void): () => void {
  stateListeners.add(listener);
  return () => stateListeners.delete(listener);
}

export function ssoState(): SsoState {
  return state;
}

export function configureOidc(value: OidcConfig | undefined): void {
  const previous = manager;
  // a replaced configuration must not keep renewing in the background
  void previous?.then((um) => {
    um.stopSilentRenew();
    return um.events.unload();
  });
  config = value;
  generation += 1;
  manager = undefined;
  user = null;
  renewing = undefined;
  state = 'abgemeldet';
}

export function oidcConfig(): OidcConfig | undefined {
  return config;
}

export function ssoAvailable(): boolean {
  return config !== undefined;
}

function appUrl(path: string): string {
  return new URL(`${import.meta.env.BASE_URL}${path.replace(/^\//, '')}`, window.location.origin).href;
}

function userStoreKey(current: OidcConfig): string {
  return `oidc.user:${current.issuer}:${current.clientId}`;
}

function hasStoredUser(current: OidcConfig): boolean {
  try {
    return sessionStorage.getItem(userStoreKey(current)) !== null;
  } catch {
    return false;
  }
}

function requireConfig(): OidcConfig {
  if (!config) throw new OidcError('Single Sign-on ist nicht eingerichtet.');
  return config;
}

function userManager(): Promise<UserManager> {
  const current = requireConfig();
  const mine = generation;
  manager ??= import('oidc-client-ts').then(({ UserManager, WebStorageStateStore }) => {
    const um = new UserManager({
      authority: current.issuer,
      client_id: current.clientId,
      scope: current.scope,
      response_type: 'code',
      redirect_uri: appUrl(CALLBACK_PATH),
      popup_redirect_uri: appUrl(CALLBACK_PATH),
      post_logout_redirect_uri: appUrl('/'),
      userStore: new WebStorageStateStore({ store: window.sessionStorage }),
      stateStore: new WebStorageStateStore({ store: window.localStorage }),
      automaticSilentRenew: true,
      accessTokenExpiringNotificationTimeInSeconds: RENEW_BEFORE_S,
      monitorSession: false,
      loadUserInfo: false,
      // keeps iss and aud of the ID token in the profile, so completeSso can check them (the library checks
      // state, nonce and, on renewal, sub)
      filterProtocolClaims: false,
      revokeTokensOnSignout: true,
      revokeTokenTypes: ['refresh_token'],
    });
    um.events.addUserLoaded((loaded) => {
      if (mine !== generation) return;
      user = loaded;
      setState('angemeldet');
    });
    um.events.addUserUnloaded(() => {
      if (mine !== generation) return;
      user = null;
      setState('abgemeldet');
    });
    return um;
  });
  return manager;
}

/** A fresh nonce for the ID token (the library checks it when one was sent, but sends none of its own). */
function nonce(): string {
  let binary = '';
  for (const b of crypto.getRandomValues(new Uint8Array(32))) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function translate(error: unknown, fallback: string): OidcError {
  if (error instanceof OidcError) return error;
  const message = error instanceof Error ? error.message : '';
  // a blocked pop-up surfaces as "Attempted to navigate on a disposed window", a closed one as "Popup closed …"
  if (/popup|window/i.test(message)) {
    return new OidcError(
      'Das Anmeldefenster ließ sich nicht öffnen oder wurde geschlossen. Bitte erlauben Sie Pop-ups für das Dashboard.',
    );
  }
  if (/fetch|network|metadata/i.test(message))
    return new OidcError('Der Identity Provider ist nicht erreichbar.');
  return new OidcError(message ? `${fallback} (${message})` : fallback);
}

/**
 * At start: restores this tab's sign-in from sessionStorage (then the library is loaded; otherwise not). Not on the
 * return page: the sign-in window of a renewed sign-in must not start renewing the tokens of the tab that opened it.
 */
export async function restoreSso(pathname = window.location.pathname): Promise<void> {
  const current = config;
  if (!current || !hasStoredUser(current) || pathname.endsWith(`/${CALLBACK_PATH}`)) return;
  const um = await userManager();
  const stored = await um.getUser();
  user = stored;
  if (!stored) return;
  state = 'angemeldet';
  // the token ran out while the tab was closed or asleep: renew it, or – nothing typed is at stake after a
  // reload – forget the sign-in quietly
  if (stored.expired && !(await renewSso())) {
    await um.removeUser();
    user = null;
    state = 'abgemeldet';
  }
}

/** Sends the browser to the issuer; `weiter` is where to go after the return. */
export async function startSso(weiter: string): Promise<void> {
  const um = await userManager();
  try {
    await um.signinRedirect({ state: { weiter }, nonce: nonce() });
  } catch (error) {
    throw translate(error, 'Die Anmeldung konnte nicht beginnen.');
  }
}

/**
 * The return from the issuer. In the main window: exchanges the code (with the PKCE verifier), checks state,
 * nonce and the ID token, keeps the tokens and returns where to go next. In a sign-in window: hands the answer to
 * the window that opened it (which checks it) and returns undefined; the window then closes.
 */
export async function completeSso(currentUrl: string): Promise<string | undefined> {
  const um = await userManager();
  const params = new URL(currentUrl).searchParams;
  const error = params.get('error');
  if (error) {
    const description = params.get('error_description');
    throw new OidcError(
      `Der Identity Provider hat die Anmeldung abgelehnt (${error}${description ? `: ${description}` : ''}).`,
    );
  }
  let signedIn: User | undefined;
  try {
    signedIn = await um.signinCallback(currentUrl);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : '';
    if (/state/i.test(message))
      throw new OidcError('Die Rückkehr vom Identity Provider passt zu keiner begonnenen Anmeldung.');
    throw translate(cause, 'Die Anmeldung ist fehlgeschlagen.');
  }
  if (!signedIn) return undefined;
  const { iss, aud } = signedIn.profile;
  if (typeof iss !== 'string' || iss.replace(/\/+$/, '') !== requireConfig().issuer) {
    await um.removeUser();
    throw new OidcError('Das ID-Token stammt von einem anderen Issuer.');
  }
  if (!(Array.isArray(aud) ? aud : [aud]).includes(requireConfig().clientId)) {
    await um.removeUser();
    throw new OidcError('Das ID-Token ist nicht für dieses Dashboard.');
  }
  const weiter = (signedIn.state as { weiter?: unknown } | undefined)?.weiter;
  return typeof weiter === 'string' ? weiter : '/';
}

/** Renews the access token with the refresh token; false if the issuer refuses (session ended or revoked). */
export function renewSso(): Promise<boolean> {
  // once renewing has failed, the dialog asks for a new sign-in; no further attempts until then
  if (!config || !user || state === 'abgelaufen') return Promise.resolve(false);
  renewing ??= userManager()
    .then((um) => um.signinSilent())
    .then((renewed) => Boolean(renewed))
    .catch(() => false)
    .finally(() => {
      renewing = undefined;
    });
  return renewing;
}

/**
 * The API refused the token (401). Renews it once; if that fails, the dashboard asks the user to sign in again
 * (state `abgelaufen`) – it does not sign out, so nothing on the page is lost. Resolves to whether a new token is
 * there to retry with.
 */
export async function tokenRefused(sent: string): Promise<boolean> {
  if (!user || user.access_token !== sent) return Boolean(user && user.access_token !== sent);
  if (await renewSso()) return true;
  setState('abgelaufen');
  return false;
}

/**
 * Signs in again in a separate window, leaving this page (and every form on it) as it is. The window opens on a
 * click only (pop-up blockers).
 */
export async function reauthenticateSso(): Promise<void> {
  const um = await userManager();
  const before = user?.profile.sub;
  try {
    const renewed = await um.signinPopup({
      nonce: nonce(),
      login_hint: user?.profile.preferred_username,
    });
    // someone else signed in: the page (rights, forms) belonged to the previous person
    if (before && renewed.profile.sub !== before) window.location.reload();
  } catch (error) {
    throw translate(error, 'Die erneute Anmeldung ist fehlgeschlagen.');
  }
}

/** The access token to send, or undefined (not configured, not signed in). An expired one is still sent: the API decides. */
export function bearerToken(): string | undefined {
  return user?.access_token;
}

/** Whether the token is about to run out (then the client renews it before a request). */
export function tokenExpiresSoon(): boolean {
  return Boolean(user && (user.expires_in ?? 0) <= 5);
}

/** Forgets the sign-in in this tab only (no request to the issuer). */
export async function clearSso(): Promise<void> {
  if (!config) return;
  const um = await userManager();
  await um.removeUser();
  user = null;
  setState('abgemeldet');
}

/**
 * Signs out of the dashboard and of the single sign-on session: revokes the refresh token and sends the browser to
 * the issuer's end-session endpoint (with the ID token as hint, back to the start page). Resolves to true once the
 * browser is on its way there.
 */
export async function endSso(): Promise<boolean> {
  if (!config || !user) return false;
  const um = await userManager();
  try {
    await um.signoutRedirect();
    return true;
  } catch {
    await um.removeUser();
    return false;
  }
}
