import { screen, within } from '@testing-library/vue';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { API } from '@/test/fixtures';
import { renderWithApp } from '@/test/render';
import { server } from '@/test/server';
import OrganisationenPage from './OrganisationenPage.vue';

describe('OrganisationenPage', () => {
  it('offers tabs by kind with counts, the IT-Dienstleister first, and filters by the tab in the URL', async () => {
    const gefragt: (string | null)[] = [];
    server.use(
      http.get(`${API}/api/v1/organisationstypen`, () =>
        HttpResponse.json({
          alle: 451,
          typen: [
            { typ: 'KOMMUNE', anzahl: 427 },
            { typ: 'IT_DIENSTLEISTER', anzahl: 31 },
            { typ: 'LANDESMINISTERIUM', anzahl: 1 },
            { typ: 'LANDESEINRICHTUNG', anzahl: 0 },
          ],
        }),
      ),
      http.get(`${API}/api/v1/organisationen`, ({ request }) => {
        gefragt.push(new URL(request.url).searchParams.get('typ'));
        return HttpResponse.json({
          items: [
            {
              id: 'kommune-05711000',
              name: 'Bielefeld, Stadt',
              kurzname: 'Bielefeld',
              typ: 'KOMMUNE',
              datenstand: '2023',
              quelle: 'x',
              itDienstleister: true,
            },
          ],
          total: 1,
          page: 0,
          size: 50,
        });
      }),
    );
    await renderWithApp(OrganisationenPage, { route: '/organisationen?typ=IT_DIENSTLEISTER' });
    const reiter = await screen.findByRole('navigation', { name: 'Nach Art der Organisation' });
    const links = within(reiter).getAllByRole('link');
    expect(links.map((l) => l.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Alle 451',
      'IT-Dienstleister 31',
      'Kommunen 427',
      'Landesministerium 1',
    ]);
    expect(links[1]).toHaveAttribute('aria-current', 'page');
    expect(links[2]).toHaveAttribute('href', '/organisationen?typ=KOMMUNE');
    expect(gefragt).toContain('IT_DIENSTLEISTER');
    expect(await screen.findByRole('cell', { name: 'Kommune mit eigener IT' })).toBeInTheDocument();
  });
});
