import { screen, waitFor } from '@testing-library/vue';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { configureOidc, startSso } from '@/api';
import { API, ich } from '@/test/fixtures';
import { renderWithApp } from '@/test/render';
import { server } from '@/test/server';
import AnmeldenPage from './AnmeldenPage.vue';
import RueckkehrPage from './RueckkehrPage.vue';

const ISSUER = 'https://sso.test/realms/dashboard';

function idToken(nonce: string): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none' })}.${part({ iss: ISSUER, aud: 'dashboard-spa', nonce })}.sig`;
}

function fakeIssuer(nonce: () => string) {
  server.use(
    http.get(`${ISSUER}/.well-known/openid-configuration`, () =>
      HttpResponse.json({
        issuer: ISSUER,
        authorization_endpoint: `${ISSUER}/auth`,
        token_endpoint: `${ISSUER}/token`,
      }),
    ),
    http.post(`${ISSUER}/token`, () =>
      HttpResponse.json({ access_token: 'zugriff-xyz', expires_in: 300, id_token: idToken(nonce()) }),
    ),
  );
}

describe('single sign-on in the SPA', () => {
  it('offers only local sign-in without an issuer', async () => {
    await renderWithApp(AnmeldenPage, { route: '/anmelden' });
    expect(screen.queryByRole('button', { name: 'Mit Single Sign-on anmelden' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Anmelden' })).toBeInTheDocument();
  });

  it('offers single sign-on with an issuer', async () => {
    configureOidc({ issuer: ISSUER, clientId: 'dashboard-spa', scope: 'openid' });
    await renderWithApp(AnmeldenPage, { route: '/anmelden' });
    expect(screen.getByRole('button', { name: 'Mit Single Sign-on anmelden' })).toBeInTheDocument();
  });

  it('completes the return: exchanges the code, asks /auth/me with Bearer, goes where the user wanted', async () => {
    configureOidc({ issuer: ISSUER, clientId: 'dashboard-spa', scope: 'openid' });
    let authorizeUrl = new URL('about:blank');
    fakeIssuer(() => authorizeUrl.searchParams.get('nonce') ?? '');
    await startSso('/projekte/4', (url) => (authorizeUrl = new URL(url)));
    let auth: string | null = null;
    server.use(
      http.get(`${API}/api/v1/auth/me`, ({ request }) => {
        auth = request.headers.get('Authorization');
        return HttpResponse.json(ich({ art: 'OIDC', rollen: ['KOORDINATION'] }));
      }),
    );
    const state = authorizeUrl.searchParams.get('state') ?? '';
    window.history.replaceState(null, '', `/anmelden/rueckkehr?code=c1&state=${state}`);
    const { router } = await renderWithApp(RueckkehrPage, {
      route: `/anmelden/rueckkehr?code=c1&state=${state}`,
    });
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/projekte/4'), { timeout: 5000 });
    await waitFor(() => expect(auth).toBe('Bearer zugriff-xyz'));
  });

  it('explains a return that matches no sign-in and links back', async () => {
    configureOidc({ issuer: ISSUER, clientId: 'dashboard-spa', scope: 'openid' });
    window.history.replaceState(null, '', '/anmelden/rueckkehr?code=c1&state=fremd');
    await renderWithApp(RueckkehrPage, { route: '/anmelden/rueckkehr?code=c1&state=fremd' });
    expect(await screen.findByRole('alert')).toHaveTextContent(/keiner begonnenen Anmeldung/);
    expect(screen.getByRole('link', { name: 'Zurück zur Anmeldung' })).toHaveAttribute('href', '/anmelden');
  });
});
