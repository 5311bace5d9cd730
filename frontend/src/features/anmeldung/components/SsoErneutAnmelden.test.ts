import { screen, waitFor } from '@testing-library/vue';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bearerToken, ssoState, useApiClient } from '@/api';
import { API, ich } from '@/test/fixtures';
import { renderWithApp } from '@/test/render';
import { server } from '@/test/server';
import { ignoreJsdomNavigation, signIn } from '@/test/sso';
import UserMenu from './UserMenu.vue';
import { defineComponent, h, ref } from 'vue';

beforeEach(ignoreJsdomNavigation);

/** A page with a form and the header's user menu, as in the app. */
const Seite = defineComponent({
  setup() {
    const api = useApiClient();
    const titel = ref('Mein langer Entwurf');
    const status = ref('');
    async function speichern() {
      const r = await api.POST('/api/v1/auth/logout');
      status.value = String(r.response.status);
    }
    return () =>
      h('div', [
        h(UserMenu),
        h('label', { for: 'titel' }, 'Titel'),
        h('input', {
          id: 'titel',
          value: titel.value,
          onInput: (e: Event) => (titel.value = (e.target as HTMLInputElement).value),
        }),
        h('button', { type: 'button', onClick: speichern }, 'Speichern'),
        h('output', status.value),
      ]);
  },
});

describe('signed in by single sign-on, the token refused and not renewable', () => {
  it('asks to sign in again in a new window and keeps the page and its input', async () => {
    await signIn({ refresh: 'refused' });
    server.use(
      http.get(`${API}/api/v1/auth/me`, () => HttpResponse.json(ich({ art: 'OIDC' }))),
      http.post(`${API}/api/v1/auth/logout`, () =>
        HttpResponse.json({ status: 401, title: 'Nicht angemeldet' }, { status: 401 }),
      ),
    );
    await renderWithApp(Seite, { route: '/projekte/4' });
    await userEvent.type(screen.getByLabelText('Titel'), ' mit Zusatz');
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));

    const dialog = await screen.findByRole('dialog', { name: 'Anmeldung abgelaufen' });
    expect(dialog).toHaveTextContent(/Ihre Eingaben auf dieser Seite bleiben erhalten/);
    expect(ssoState()).toBe('abgelaufen');
    expect(bearerToken()).toBe('zugriff-1');
    expect(screen.getByLabelText('Titel')).toHaveValue('Mein langer Entwurf mit Zusatz');

    // a blocked pop-up is explained, the dialog stays
    vi.spyOn(window, 'open').mockReturnValue(null);
    await userEvent.click(screen.getByRole('button', { name: 'Erneut anmelden' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Anmeldefenster/);
    expect(screen.getByRole('dialog', { name: 'Anmeldung abgelaufen' })).toBeVisible();
  });

  it('signs out from the dialog', async () => {
    const { revoked } = await signIn({ refresh: 'refused' });
    server.use(
      http.get(`${API}/api/v1/auth/me`, () => HttpResponse.json(ich({ art: 'OIDC' }))),
      http.post(`${API}/api/v1/auth/logout`, () =>
        HttpResponse.json({ status: 401, title: 'Nicht angemeldet' }, { status: 401 }),
      ),
    );
    await renderWithApp(Seite, { route: '/projekte/4' });
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    const dialog = await screen.findByRole('dialog', { name: 'Anmeldung abgelaufen' });
    await userEvent.click(screen.getByRole('button', { name: 'Abmelden', hidden: false }));
    await waitFor(() => expect(revoked).toHaveLength(1));
    await waitFor(() => expect(bearerToken()).toBeUndefined());
    expect(dialog).not.toBeVisible();
  });
});
