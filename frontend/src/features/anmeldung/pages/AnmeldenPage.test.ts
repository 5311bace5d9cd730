import { screen, waitFor } from '@testing-library/vue';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { API, ich } from '@/test/fixtures';
import { problem } from '@/test/handlers';
import { renderWithApp } from '@/test/render';
import { server } from '@/test/server';
import AnmeldenPage from './AnmeldenPage.vue';

describe('AnmeldenPage', () => {
  it('lists missing input in an error summary that takes the focus and links to the fields', async () => {
    await renderWithApp(AnmeldenPage, { route: '/anmelden' });
    await userEvent.click(screen.getByRole('button', { name: 'Anmelden' }));
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(screen.getByRole('link', { name: 'Bitte geben Sie Ihren Benutzernamen ein.' })).toHaveAttribute(
      'href',
      '#login-benutzername',
    );
    expect(screen.getByLabelText('Passwort')).toHaveAttribute('aria-invalid', 'true');
  });

  it('says plainly when user name or password are wrong, and empties the password', async () => {
    server.use(
      http.post(`${API}/api/v1/auth/login`, () => problem(401, 'Anmeldung fehlgeschlagen', 'Nein.')),
    );
    await renderWithApp(AnmeldenPage, { route: '/anmelden' });
    await userEvent.type(screen.getByLabelText('Benutzername'), 'redaktion.koeln');
    await userEvent.type(screen.getByLabelText('Passwort'), 'falsch-falsch-falsch');
    await userEvent.click(screen.getByRole('button', { name: 'Anmelden' }));
    expect(await screen.findByText(/Benutzername oder Passwort stimmen nicht/)).toBeInTheDocument();
    expect(screen.getByLabelText('Passwort')).toHaveValue('');
  });

  it('signs in with the session cookie, then returns to where the user came from', async () => {
    let body: unknown;
    let credentials: RequestCredentials | undefined;
    server.use(
      http.post(`${API}/api/v1/auth/login`, async ({ request }) => {
        body = await request.json();
        credentials = request.credentials;
        return HttpResponse.json(ich());
      }),
    );
    const { router } = await renderWithApp(AnmeldenPage, { route: '/anmelden?weiter=/projekte/4' });
    await userEvent.type(screen.getByLabelText('Benutzername'), 'redaktion.koeln');
    await userEvent.type(screen.getByLabelText('Passwort'), 'Ein-gutes-Passwort');
    await userEvent.click(screen.getByRole('button', { name: 'Anmelden' }));
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/projekte/4'), { timeout: 5000 });
    expect(body).toEqual({ benutzername: 'redaktion.koeln', passwort: 'Ein-gutes-Passwort' });
    expect(credentials).toBe('include');
  });

  it('never sends the user to another site after signing in', async () => {
    server.use(http.post(`${API}/api/v1/auth/login`, () => HttpResponse.json(ich())));
    const { router } = await renderWithApp(AnmeldenPage, { route: '/anmelden?weiter=//evil.example/x' });
    await userEvent.type(screen.getByLabelText('Benutzername'), 'a.b');
    await userEvent.type(screen.getByLabelText('Passwort'), 'Ein-gutes-Passwort');
    await userEvent.click(screen.getByRole('button', { name: 'Anmelden' }));
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/aufgaben'));
  });

  it('takes an editor from the start page to "Meine Aufgaben"', async () => {
    server.use(http.post(`${API}/api/v1/auth/login`, () => HttpResponse.json(ich())));
    const { router } = await renderWithApp(AnmeldenPage, { route: '/anmelden?weiter=/' });
    await userEvent.type(screen.getByLabelText('Benutzername'), 'a.b');
    await userEvent.type(screen.getByLabelText('Passwort'), 'Ein-gutes-Passwort');
    await userEvent.click(screen.getByRole('button', { name: 'Anmelden' }));
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/aufgaben'));
  });

  it('asks for an own password first when the account still has its initial one', async () => {
    server.use(
      http.post(`${API}/api/v1/auth/login`, () => HttpResponse.json(ich({ mussPasswortAendern: true }))),
    );
    const { router } = await renderWithApp(AnmeldenPage, { route: '/anmelden' });
    await userEvent.type(screen.getByLabelText('Benutzername'), 'a.b');
    await userEvent.type(screen.getByLabelText('Passwort'), 'Anfangs-Passwort-1');
    await userEvent.click(screen.getByRole('button', { name: 'Anmelden' }));
    await waitFor(() => expect(router.currentRoute.value.path).toBe('/passwort'));
  });
});
