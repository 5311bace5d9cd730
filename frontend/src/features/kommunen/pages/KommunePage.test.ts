import { screen } from '@testing-library/vue';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { API, koeln } from '@/test/fixtures';
import { apiFails } from '@/test/handlers';
import { server } from '@/test/server';
import { renderWithApp } from '@/test/render';
import KommunePage from './KommunePage.vue';

describe('KommunePage', () => {
  it('shows the profile: keys, status, figures, Regierungsbezirk and its place on the map', async () => {
    server.use(http.get(`${API}/api/v1/kommunen/05315000`, () => HttpResponse.json(koeln)));
    await renderWithApp(KommunePage, { route: '/kommunen/05315000', props: { ags: '05315000' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Köln, Stadt' })).toBeInTheDocument();
    expect(document.title).toBe('Köln, Stadt – Digitalisierungsdashboard NRW');
    const profil = screen.getByRole('region', { name: 'Steckbrief' });
    expect(profil).toHaveTextContent('Amtlicher Gemeindeschlüssel (AGS)05315000');
    expect(profil).toHaveTextContent('Einwohner1.084.831 (Stand 31.12.2022)');
    expect(profil).toHaveTextContent('Fläche405,02 km²');
    expect(screen.getByRole('link', { name: 'Köln' })).toHaveAttribute(
      'href',
      '/kommunen?regierungsbezirk=053',
    );
    expect(
      await screen.findByRole('img', { name: 'Lage der Stadt Köln in Nordrhein-Westfalen' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Auf der Karte der Kommunen erkunden' })).toHaveAttribute(
      'href',
      '/?bezirk=053#karte',
    );
  });

  it('shows the API’s reason when there is no such Kommune', async () => {
    server.use(
      apiFails({
        status: 404,
        title: 'Nicht gefunden',
        detail: 'Das Dashboard führt nur Kommunen in Nordrhein-Westfalen.',
      }),
    );
    await renderWithApp(KommunePage, { route: '/kommunen/09162000', props: { ags: '09162000' } });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Das Dashboard führt nur Kommunen in Nordrhein-Westfalen.');
    expect(screen.getByRole('link', { name: 'Zur Liste der Kommunen' })).toBeInTheDocument();
  });
});
