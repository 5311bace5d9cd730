import { createHash } from 'node:crypto';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ich, API } from '@/test/fixtures';
import { server } from '@/test/server';
import { authorize, CALLBACK, fakeIssuer, ignoreJsdomNavigation, ISSUER, pending, signIn } from '@/test/sso';
import { createApiClient } from './client';
import {
  bearerToken,
  completeSso,
  configureOidc,
  endSso,
  OidcError,
  onSsoState,
  restoreSso,
  ssoState,
  startSso,
  type SsoState,
} from './oidc';

// The protocol itself is oidc-client-ts's (and is proven against a real Keycloak in e2e/specs/sso.spec.mjs);
// these tests drive the library against a fake issuer and check what the dashboard builds on it.

beforeEach(ignoreJsdomNavigation);

describe('single sign-on with oidc-client-ts', () => {
  it('signs in with code flow and PKCE (S256), keeps the tokens in sessionStorage only', async () => {
    configureOidc({ issuer: ISSUER, clientId: 'dashboard-spa', scope: 'openid' });
    const { requests } = fakeIssuer();
    const callback = await authorize('/projekte/4');
    const verifier = pending()?.code_verifier;
    expect(verifier).toMatch(/^[\w-]{43,128}$/);

    expect(await completeSso(callback)).toBe('/projekte/4');
    expect(requests).toHaveLength(1);
    const body = Object.fromEntries(requests[0]!);
    expect(body).toMatchObject({
      grant_type: 'authorization_code',
      code: 'abc',
      redirect_uri: CALLBACK,
      client_id: 'dashboard-spa',
      code_verifier: verifier,
    });
    expect(createHash('sha256').update(verifier!).digest('base64url')).toHaveLength(43);
    expect(bearerToken()).toBe('zugriff-1');
    expect(ssoState()).toBe('angemeldet');
    // tokens in this tab's sessionStorage; nothing of them in localStorage (the sign-in state is gone again)
    expect(sessionStorage.getItem(`oidc.user:${ISSUER}:dashboard-spa`)).toContain('zugriff-1');
    expect(JSON.stringify({ ...localStorage })).not.toContain('zugriff');
    expect(pending()).toBeUndefined();
  });

  it('sends the access token as Bearer and no CSRF header', async () => {
    await signIn();
    const seen: { auth: string | null; csrf: string | null }[] = [];
    server.use(
      http.post(`${API}/api/v1/auth/logout`, ({ request }) => {
        seen.push({ auth: request.headers.get('Authorization'), csrf: request.headers.get('X-CSRF-Token') });
        return new HttpResponse(null, { status: 204 });
      }),
    );
    await createApiClient(API).POST('/api/v1/auth/logout');
    expect(seen).toEqual([{ auth: 'Bearer zugriff-1', csrf: null }]);
  });

  it('refuses a return that matches no sign-in, without asking for a token', async () => {
    configureOidc({ issuer: ISSUER, clientId: 'dashboard-spa', scope: 'openid' });
    const { requests } = fakeIssuer();
    await authorize('/', () => ({ code: 'abc', state: 'fremd' }));
    await expect(completeSso(`${CALLBACK}?code=abc&state=fremd`)).rejects.toThrow(
      /keiner begonnenen Anmeldung/,
    );
    expect(requests).toHaveLength(0);
    expect(bearerToken()).toBeUndefined();
  });

  it('refuses a second use of the same return', async () => {
    configureOidc({ issuer: ISSUER, clientId: 'dashboard-spa', scope: 'openid' });
    fakeIssuer();
    const callback = await authorize();
    await completeSso(callback);
    await expect(completeSso(callback)).rejects.toThrow(OidcError);
  });

  it('refuses an ID token with another nonce', async () => {
    configureOidc({ issuer: ISSUER, clientId: 'dashboard-spa', scope: 'openid' });
    fakeIssuer({ idClaims: () => ({ iss: ISSUER, aud: 'dashboard-spa', sub: 'x', nonce: 'fremd' }) });
    await expect(completeSso(await authorize())).rejects.toThrow(OidcError);
    expect(bearerToken()).toBeUndefined();
  });

  it('refuses an ID token of another issuer or for another client', async () => {
    configureOidc({ issuer: ISSUER, clientId: 'dashboard-spa', scope: 'openid' });
    fakeIssuer({
      idClaims: (nonce) => ({ iss: 'https://fremd.test', aud: 'dashboard-spa', sub: 'x', nonce }),
    });
    await expect(completeSso(await authorize())).rejects.toThrow(/anderen Issuer/);
    expect(bearerToken()).toBeUndefined();

    fakeIssuer({ idClaims: (nonce) => ({ iss: ISSUER, aud: 'anderer-client', sub: 'x', nonce }) });
    await expect(completeSso(await authorize())).rejects.toThrow(/nicht für dieses Dashboard/);
    expect(sessionStorage.getItem(`oidc.user:${ISSUER}:dashboard-spa`)).toBeNull();
  });

  it('reports an error from the issuer', async () => {
    configureOidc({ issuer: ISSUER, clientId: 'dashboard-spa', scope: 'openid' });
    fakeIssuer();
    await expect(
      completeSso(await authorize('/', (s) => ({ error: 'access_denied', state: s }))),
    ).rejects.toThrow(/access_denied/);
  });

  it('renews with the refresh token and repeats a call the API refused with 401', async () => {
    const { requests } = await signIn();
    const seen: (string | null)[] = [];
    server.use(
      http.get(`${API}/api/v1/auth/me`, ({ request }) => {
        const auth = request.headers.get('Authorization');
        seen.push(auth);
        return auth === 'Bearer zugriff-1'
          ? HttpResponse.json({ status: 401, title: 'Nicht angemeldet' }, { status: 401 })
          : HttpResponse.json(ich({ art: 'OIDC' }));
      }),
    );
    const me = await createApiClient(API).GET('/api/v1/auth/me');
    expect(me.response.status).toBe(200);
    expect(seen).toEqual(['Bearer zugriff-1', 'Bearer zugriff-2']);
    expect(Object.fromEntries(requests[1]!)).toMatchObject({
      grant_type: 'refresh_token',
      refresh_token: 'erneuerung-1',
      client_id: 'dashboard-spa',
    });
    expect(ssoState()).toBe('angemeldet');
  });

  it('asks to sign in again when the token is refused and cannot be renewed – without signing out', async () => {
    await signIn({ refresh: 'refused' });
    const states: SsoState[] = [];
    const off = onSsoState((s) => states.push(s));
    server.use(
      http.post(`${API}/api/v1/auth/logout`, () =>
        HttpResponse.json({ status: 401, title: 'Nicht angemeldet' }, { status: 401 }),
      ),
    );
    const answer = await createApiClient(API).POST('/api/v1/auth/logout');
    off();
    expect(answer.response.status).toBe(401);
    expect(states).toEqual(['abgelaufen']);
    expect(ssoState()).toBe('abgelaufen');
    // still the same person on this page: nothing is dropped until they sign in again or sign out
    expect(bearerToken()).toBe('zugriff-1');
  });

  it('restores the sign-in of this tab after a reload, but not in the return window', async () => {
    await signIn();
    configureOidc({ issuer: ISSUER, clientId: 'dashboard-spa', scope: 'openid' });
    expect(bearerToken()).toBeUndefined();
    await restoreSso('/anmelden/rueckkehr');
    expect(bearerToken()).toBeUndefined();
    await restoreSso('/projekte/4');
    expect(bearerToken()).toBe('zugriff-1');
    expect(ssoState()).toBe('angemeldet');
  });

  it('after a reload, renews a token that ran out meanwhile, or forgets the sign-in quietly', async () => {
    const { requests } = await signIn({ refresh: 'refused' });
    const key = `oidc.user:${ISSUER}:dashboard-spa`;
    const stored = JSON.parse(sessionStorage.getItem(key) ?? '{}') as { expires_at: number };
    sessionStorage.setItem(
      key,
      JSON.stringify({ ...stored, expires_at: Math.floor(Date.now() / 1000) - 60 }),
    );
    configureOidc({ issuer: ISSUER, clientId: 'dashboard-spa', scope: 'openid' });
    await restoreSso('/projekte/4');
    expect(requests.map((r) => r.get('grant_type'))).toEqual(['authorization_code', 'refresh_token']);
    expect(bearerToken()).toBeUndefined();
    expect(ssoState()).toBe('abgemeldet');
    expect(sessionStorage.getItem(key)).toBeNull();
  });

  it('signs out at the issuer: revokes the refresh token and forgets the tokens', async () => {
    const { revoked } = await signIn();
    void endSso();
    await vi.waitFor(() => expect(revoked).toHaveLength(1));
    expect(revoked[0]!.get('token')).toBe('erneuerung-1');
    expect(revoked[0]!.get('token_type_hint')).toBe('refresh_token');
    await vi.waitFor(() => expect(bearerToken()).toBeUndefined());
    expect(sessionStorage.getItem(`oidc.user:${ISSUER}:dashboard-spa`)).toBeNull();
  });

  it('talks to no other host when single sign-on is not configured', async () => {
    configureOidc(undefined);
    expect(bearerToken()).toBeUndefined();
    await restoreSso();
    await expect(startSso('/')).rejects.toThrow(OidcError);
    expect(await endSso()).toBe(false);
  });
});
