import { createHash } from 'node:crypto';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ich, API } from '@/test/fixtures';
import { server } from '@/test/server';
import { createApiClient } from './client';
import {
  bearerToken,
  completeSso,
  configureOidc,
  endSso,
  OidcError,
  onSsoEnded,
  pkceChallenge,
  redirectUri,
  startSso,
} from './oidc';

const ISSUER = 'https://sso.test/realms/dashboard';

function jwt(claims: Record<string, unknown>): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none' })}.${part(claims)}.sig`;
}

interface TokenRequest {
  body: URLSearchParams;
}

/** A fake issuer: discovery, and a token endpoint that answers with the given nonce in the ID token. */
/** The nonce of the last authorization request (what the issuer puts into the ID token). */
let issuedNonce: string | undefined;

function fakeIssuer(options: { nonce?: () => string | undefined; expiresIn?: number } = {}) {
  const requests: TokenRequest[] = [];
  server.use(
    http.get(`${ISSUER}/.well-known/openid-configuration`, () =>
      HttpResponse.json({
        issuer: ISSUER,
        authorization_endpoint: `${ISSUER}/protocol/openid-connect/auth`,
        token_endpoint: `${ISSUER}/protocol/openid-connect/token`,
        end_session_endpoint: `${ISSUER}/protocol/openid-connect/logout`,
      }),
    ),
    http.post(`${ISSUER}/protocol/openid-connect/token`, async ({ request }) => {
      const body = new URLSearchParams(await request.text());
      requests.push({ body });
      return HttpResponse.json({
        access_token: 'zugriff-123',
        token_type: 'Bearer',
        expires_in: options.expiresIn ?? 300,
        id_token: jwt({
          iss: ISSUER,
          aud: 'dashboard-spa',
          nonce: options.nonce ? options.nonce() : issuedNonce,
        }),
      });
    }),
  );
  return requests;
}

/** Starts the flow and returns the authorization request the browser would have been sent to. */
async function authorize(weiter = '/projekte/4'): Promise<URL> {
  let target = '';
  await startSso(weiter, (url) => (target = url));
  const url = new URL(target);
  issuedNonce = url.searchParams.get('nonce') ?? undefined;
  return url;
}

function callback(params: Record<string, string>): string {
  return `${redirectUri()}?${new URLSearchParams(params).toString()}`;
}

beforeEach(() => configureOidc({ issuer: ISSUER, clientId: 'dashboard-spa', scope: 'openid' }));
afterEach(() => vi.useRealTimers());

describe('PKCE', () => {
  it('derives the S256 challenge as BASE64URL(SHA-256(verifier))', async () => {
    const verifier = 'dBjftJeZ4CVP-mJ0kJpGK8aA6YbD83-sLWUd7TiCzNs';
    expect(await pkceChallenge(verifier)).toBe(createHash('sha256').update(verifier).digest('base64url'));
  });
});

describe('single sign-on', () => {
  it('sends the browser to the issuer with code flow, PKCE S256, state and nonce', async () => {
    fakeIssuer();
    const url = await authorize();
    expect(url.origin + url.pathname).toBe(`${ISSUER}/protocol/openid-connect/auth`);
    const p = url.searchParams;
    expect(p.get('response_type')).toBe('code');
    expect(p.get('client_id')).toBe('dashboard-spa');
    expect(p.get('redirect_uri')).toBe(redirectUri());
    expect(redirectUri()).toMatch(/\/anmelden\/rueckkehr$/);
    expect(p.get('scope')).toBe('openid');
    expect(p.get('code_challenge_method')).toBe('S256');
    expect(p.get('state')).toMatch(/^[\w-]{43}$/);
    expect(p.get('nonce')).toMatch(/^[\w-]{43}$/);
    expect(p.get('state')).not.toBe(p.get('nonce'));
    const pending = JSON.parse(sessionStorage.getItem('dashboard_oidc_anfrage') ?? '{}') as {
      verifier: string;
    };
    expect(p.get('code_challenge')).toBe(await pkceChallenge(pending.verifier));
    expect(localStorage.length).toBe(0);
  });

  it('exchanges the code with the verifier, then sends the access token as Bearer without CSRF header', async () => {
    const tokenRequests = fakeIssuer();
    const url = await authorize('/projekte/4');
    const pending = JSON.parse(sessionStorage.getItem('dashboard_oidc_anfrage') ?? '{}') as {
      verifier: string;
    };
    const weiter = await completeSso(callback({ code: 'abc', state: url.searchParams.get('state') ?? '' }));
    expect(weiter).toBe('/projekte/4');
    expect(tokenRequests).toHaveLength(1);
    const body = tokenRequests[0]!.body;
    expect(Object.fromEntries(body)).toEqual({
      grant_type: 'authorization_code',
      code: 'abc',
      redirect_uri: redirectUri(),
      client_id: 'dashboard-spa',
      code_verifier: pending.verifier,
    });
    expect(bearerToken()).toBe('zugriff-123');
    expect(localStorage.getItem('dashboard_oidc_token')).toBeNull();

    const seen: { auth: string | null; csrf: string | null }[] = [];
    server.use(
      http.get(`${API}/api/v1/auth/me`, ({ request }) => {
        seen.push({ auth: request.headers.get('Authorization'), csrf: request.headers.get('X-CSRF-Token') });
        return HttpResponse.json(ich({ art: 'OIDC', rollen: ['KOORDINATION'] }));
      }),
      http.post(`${API}/api/v1/auth/logout`, ({ request }) => {
        seen.push({ auth: request.headers.get('Authorization'), csrf: request.headers.get('X-CSRF-Token') });
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const api = createApiClient(API);
    const me = await api.GET('/api/v1/auth/me');
    expect((me.data as { rollen?: string[] } | undefined)?.rollen).toEqual(['KOORDINATION']);
    await api.POST('/api/v1/auth/logout');
    expect(seen).toEqual([
      { auth: 'Bearer zugriff-123', csrf: null },
      { auth: 'Bearer zugriff-123', csrf: null },
    ]);

    // signing out drops the token and leads to the issuer's end-session endpoint
    const end = new URL((await endSso('/')) ?? '');
    expect(end.origin + end.pathname).toBe(`${ISSUER}/protocol/openid-connect/logout`);
    expect(end.searchParams.get('client_id')).toBe('dashboard-spa');
    expect(end.searchParams.get('id_token_hint')).toBeTruthy();
    expect(bearerToken()).toBeUndefined();
    expect(sessionStorage.getItem('dashboard_oidc_token')).toBeNull();
  });

  it('refuses a return whose state does not match, without asking for a token', async () => {
    const tokenRequests = fakeIssuer();
    await authorize();
    await expect(completeSso(callback({ code: 'abc', state: 'fremd' }))).rejects.toThrow(OidcError);
    expect(tokenRequests).toHaveLength(0);
    expect(bearerToken()).toBeUndefined();
  });

  it('refuses a second use of the same return (the pending request is consumed)', async () => {
    fakeIssuer();
    const url = await authorize();
    const back = callback({ code: 'abc', state: url.searchParams.get('state') ?? '' });
    await completeSso(back);
    await expect(completeSso(back)).rejects.toThrow(/keiner begonnenen Anmeldung/);
  });

  it('refuses an ID token with another nonce', async () => {
    fakeIssuer({ nonce: () => 'fremde-nonce' });
    const url = await authorize();
    await expect(
      completeSso(callback({ code: 'abc', state: url.searchParams.get('state') ?? '' })),
    ).rejects.toThrow(/nicht zu dieser Anmeldung/);
    expect(bearerToken()).toBeUndefined();
  });

  it('reports an error from the issuer', async () => {
    fakeIssuer();
    await authorize();
    await expect(completeSso(callback({ error: 'access_denied' }))).rejects.toThrow(/access_denied/);
  });

  it('drops an expired token and a token the API answers with 401', async () => {
    fakeIssuer({ expiresIn: 60 });
    const url = await authorize();
    await completeSso(callback({ code: 'abc', state: url.searchParams.get('state') ?? '' }));
    expect(bearerToken()).toBe('zugriff-123');

    const now = Date.now();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now + 61_000);
    expect(bearerToken()).toBeUndefined();
    expect(sessionStorage.getItem('dashboard_oidc_token')).toBeNull();
  });

  it('tells the app when the token expires, without any API call', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], shouldAdvanceTime: true });
    fakeIssuer({ expiresIn: 60 });
    const url = await authorize();
    await completeSso(callback({ code: 'abc', state: url.searchParams.get('state') ?? '' }));
    const ended = vi.fn();
    const off = onSsoEnded(ended);
    vi.advanceTimersByTime(61_000);
    off();
    expect(ended).toHaveBeenCalledTimes(1);
    expect(sessionStorage.getItem('dashboard_oidc_token')).toBeNull();
  });

  it('drops the token when the API refuses it with 401', async () => {
    fakeIssuer();
    const url = await authorize();
    await completeSso(callback({ code: 'abc', state: url.searchParams.get('state') ?? '' }));
    server.use(
      http.get(`${API}/api/v1/auth/me`, () =>
        HttpResponse.json({ status: 401, title: 'Anmeldung erforderlich' }, { status: 401 }),
      ),
    );
    await createApiClient(API).GET('/api/v1/auth/me');
    expect(bearerToken()).toBeUndefined();
  });

  it('talks to no other host when single sign-on is not configured', async () => {
    configureOidc(undefined);
    expect(bearerToken()).toBeUndefined();
    await expect(startSso('/')).rejects.toThrow(OidcError);
    expect(await endSso()).toBeUndefined();
  });
});
