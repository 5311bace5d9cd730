/** A fake OIDC issuer (msw) and sign-in helpers for unit tests of the single sign-on. */
import { http, HttpResponse } from 'msw';
import { expect, vi } from 'vitest';
import { completeSso, configureOidc, startSso } from '@/api/oidc';
import { server } from './server';

export const ISSUER = 'https://sso.test/realms/dashboard';
export const CALLBACK = `${window.location.origin}/anmelden/rueckkehr`;

function jwt(claims: Record<string, unknown>): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.sig`;
}

export interface PendingState {
  id: string;
  nonce?: string;
  code_verifier?: string;
}

/** The nonce of the last authorization request (what the issuer puts into the ID token). */
let issuedNonce: string | undefined;

/** The sign-in in progress, as the library keeps it (localStorage, `oidc.<state>`). */
export function pending(): PendingState | undefined {
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith('oidc.')) return JSON.parse(localStorage.getItem(key) ?? '{}') as PendingState;
  }
  return undefined;
}

export interface IssuerOptions {
  idClaims?: (nonce: string | undefined) => Record<string, unknown>;
  refresh?: 'ok' | 'refused';
}

/** A fake issuer: discovery, token endpoint (code and refresh grants), revocation; records the token requests. */
export function fakeIssuer(options: IssuerOptions = {}) {
  const requests: URLSearchParams[] = [];
  const revoked: URLSearchParams[] = [];
  let issued = 0;
  server.use(
    http.get(`${ISSUER}/.well-known/openid-configuration`, () =>
      HttpResponse.json({
        issuer: ISSUER,
        authorization_endpoint: `${ISSUER}/protocol/openid-connect/auth`,
        token_endpoint: `${ISSUER}/protocol/openid-connect/token`,
        end_session_endpoint: `${ISSUER}/protocol/openid-connect/logout`,
        revocation_endpoint: `${ISSUER}/protocol/openid-connect/revoke`,
      }),
    ),
    http.post(`${ISSUER}/protocol/openid-connect/token`, async ({ request }) => {
      const body = new URLSearchParams(await request.text());
      requests.push(body);
      if (body.get('grant_type') === 'refresh_token' && options.refresh === 'refused')
        return HttpResponse.json(
          { error: 'invalid_grant', error_description: 'Session not active' },
          { status: 400 },
        );
      issued += 1;
      const nonce = body.get('grant_type') === 'authorization_code' ? issuedNonce : undefined;
      const claims = options.idClaims?.(nonce) ?? {
        iss: ISSUER,
        aud: 'dashboard-spa',
        sub: 'nutzer-1',
        preferred_username: 'k.koordination',
        ...(nonce ? { nonce } : {}),
      };
      return HttpResponse.json({
        access_token: `zugriff-${issued}`,
        token_type: 'Bearer',
        expires_in: 300,
        refresh_token: `erneuerung-${issued}`,
        id_token: jwt(claims),
      });
    }),
    http.post(`${ISSUER}/protocol/openid-connect/revoke`, async ({ request }) => {
      revoked.push(new URLSearchParams(await request.text()));
      return new HttpResponse(null, { status: 200 });
    }),
  );
  return { requests, revoked };
}

/** Starts the flow (the navigation to the issuer never completes in jsdom) and returns the callback URL. */
export async function authorize(
  weiter = '/projekte/4',
  params: (state: string) => Record<string, string> = (s) => ({ code: 'abc', state: s }),
) {
  void startSso(weiter);
  await vi.waitFor(() => expect(pending()).toBeDefined());
  issuedNonce = pending()!.nonce;
  return `${CALLBACK}?${new URLSearchParams(params(pending()!.id)).toString()}`;
}

export async function signIn(options: IssuerOptions = {}) {
  configureOidc({ issuer: ISSUER, clientId: 'dashboard-spa', scope: 'openid' });
  const issuer = fakeIssuer(options);
  const weiter = await completeSso(await authorize());
  return { ...issuer, weiter };
}

/** jsdom cannot leave the page for the issuer and says so on the console; everything else still goes there. */
export function ignoreJsdomNavigation(): void {
  const original = console.error.bind(console);
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (String(args[0]).includes('Not implemented: navigation')) return;
    original(...args);
  });
}
