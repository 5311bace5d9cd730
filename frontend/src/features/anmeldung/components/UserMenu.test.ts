import { screen, waitFor } from '@testing-library/vue';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { setCsrfToken } from '@/api';
import { API, ich } from '@/test/fixtures';
import { renderWithApp } from '@/test/render';
import { server } from '@/test/server';
import UserMenu from './UserMenu.vue';

describe('UserMenu', () => {
  it('offers sign-in to anonymous visitors without asking the API who they are', async () => {
    let asked = false;
    server.use(http.get(`${API}/api/v1/auth/me`, () => ((asked = true), HttpResponse.json(ich()))));
    await renderWithApp(UserMenu, { route: '/projekte/4' });
    expect(await screen.findByRole('link', { name: 'Anmelden' })).toHaveAttribute(
      'href',
      '/anmelden?weiter=/projekte/4',
    );
    expect(asked).toBe(false);
  });

  it('shows account, roles and organisation, closes on Escape, and signs out with the CSRF token', async () => {
    setCsrfToken('csrf-123');
    let csrf: string | null = null;
    server.use(
      http.get(`${API}/api/v1/auth/me`, () =>
        HttpResponse.json(ich({ rollen: ['REDAKTION', 'INTEGRATION'] })),
      ),
      http.post(`${API}/api/v1/auth/logout`, ({ request }) => {
        csrf = request.headers.get('X-CSRF-Token');
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { router } = await renderWithApp(UserMenu, { route: '/projekte' });
    const button = await screen.findByRole('button', { name: 'Redaktion Köln' });
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Redaktion, Integration')).toBeVisible();
    expect(screen.getByText('Köln, Stadt')).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Konten' })).not.toBeInTheDocument();

    await userEvent.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();

    await userEvent.click(button);
    await userEvent.click(screen.getByRole('button', { name: 'Abmelden' }));
    expect(await screen.findByRole('link', { name: 'Anmelden' })).toBeInTheDocument();
    expect(csrf).toBe('csrf-123');
    await waitFor(() => expect(router.currentRoute.value.path).toBe('/'));
  });
});
