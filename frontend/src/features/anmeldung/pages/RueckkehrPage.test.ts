import { screen, waitFor } from '@testing-library/vue';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { configureOidc } from '@/api';
import { API, ich } from '@/test/fixtures';
import { renderWithApp } from '@/test/render';
import { server } from '@/test/server';
import { authorize, fakeIssuer, ignoreJsdomNavigation, ISSUER } from '@/test/sso';
import AnmeldenPage from './AnmeldenPage.vue';
import RueckkehrPage from './RueckkehrPage.vue';

beforeEach(ignoreJsdomNavigation);

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
    fakeIssuer();
    const callback = new URL(await authorize('/projekte/4'));
    let auth: string | null = null;
    server.use(
      http.get(`${API}/api/v1/auth/me`, ({ request }) => {
        auth = request.headers.get('Authorization');
        return HttpResponse.json(ich({ art: 'OIDC', rollen: ['KOORDINATION'] }));
      }),
    );
    window.history.replaceState(null, '', callback.pathname + callback.search);
    const { router } = await renderWithApp(RueckkehrPage, { route: callback.pathname + callback.search });
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/projekte/4'), { timeout: 5000 });
    await waitFor(() => expect(auth).toBe('Bearer zugriff-1'));
  });

  it('explains a return that matches no sign-in and links back', async () => {
    configureOidc({ issuer: ISSUER, clientId: 'dashboard-spa', scope: 'openid' });
    fakeIssuer();
    window.history.replaceState(null, '', '/anmelden/rueckkehr?code=c1&state=fremd');
    await renderWithApp(RueckkehrPage, { route: '/anmelden/rueckkehr?code=c1&state=fremd' });
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      /keiner begonnenen Anmeldung/,
    );
    expect(screen.getByRole('link', { name: 'Zurück zur Anmeldung' })).toHaveAttribute('href', '/anmelden');
  });
});
