import { screen, waitFor } from '@testing-library/vue';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { setCsrfToken } from '@/api';
import { API, ich } from '@/test/fixtures';
import { renderWithApp } from '@/test/render';
import { server } from '@/test/server';
import App from './App.vue';

describe('guarded pages', () => {
  it('send anonymous visitors to the sign-in page and back afterwards', async () => {
    const { router } = await renderWithApp(App, { route: '/verwaltung/konten' });
    await waitFor(() =>
      expect(router.currentRoute.value.fullPath).toBe('/anmelden?weiter=/verwaltung/konten'),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Anmelden' })).toBeInTheDocument();
  });

  it('tell a signed-in user without the role why the page is closed', async () => {
    setCsrfToken('csrf-123');
    server.use(http.get(`${API}/api/v1/auth/me`, () => HttpResponse.json(ich())));
    await renderWithApp(App, { route: '/verwaltung/konten' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Keine Berechtigung' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Redaktion Köln' })).toHaveAttribute('aria-expanded', 'false');
  });
});
