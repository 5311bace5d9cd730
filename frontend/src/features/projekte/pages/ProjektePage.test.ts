import { screen, waitFor, within } from '@testing-library/vue';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { API, page, projektSummary } from '@/test/fixtures';
import { renderWithApp } from '@/test/render';
import { server } from '@/test/server';
import ProjektePage from './ProjektePage.vue';

describe('ProjektePage', () => {
  it('puts the filters in the URL, asks the API with them and marks example projects', async () => {
    const seen: URLSearchParams[] = [];
    server.use(
      http.get(`${API}/api/v1/projekte`, ({ request }) => {
        seen.push(new URL(request.url).searchParams);
        return HttpResponse.json(
          page([
            projektSummary(4, 'Beispiel: Aufenthaltstitel digital'),
            projektSummary(7, 'Echtes Projekt', false),
          ]),
        );
      }),
      http.get(`${API}/api/v1/organisationen`, () => HttpResponse.json(page([]))),
      http.get(`${API}/api/v1/basiskomponenten`, () => HttpResponse.json(page([]))),
    );
    const { router } = await renderWithApp(ProjektePage, { route: '/projekte' });
    const table = await screen.findByRole('table', { name: 'Umsetzungsprojekte' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Beispiel');
    expect(rows[2]).not.toHaveTextContent('Beispiel');
    expect(screen.getByText('Beispieldaten')).toBeInTheDocument();
    expect(within(table).getAllByText('Umsetzung')[0]).toBeInTheDocument();

    await waitFor(() =>
      expect(screen.getByRole('option', { name: 'Mobilität & Reisen' })).toBeInTheDocument(),
    );
    await userEvent.selectOptions(screen.getByLabelText('Themenfeld'), '9');
    await userEvent.selectOptions(screen.getByLabelText('Phase'), 'GREMIEN');
    // the Kommune by name from a combobox, by keyboard; the URL keeps its AGS
    const kommune = screen.getByRole('combobox', { name: 'Kommune' });
    await userEvent.type(kommune, 'Köl');
    await screen.findByRole('option', { name: /^Köln/ });
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(kommune).toHaveValue('Köln, Stadt');
    await userEvent.click(screen.getByRole('button', { name: 'Projekte anzeigen' }));

    await waitFor(() =>
      expect(router.currentRoute.value.query).toEqual({
        themenfeld: '9',
        phase: 'GREMIEN',
        kommune: '05315000',
      }),
    );
    await waitFor(() => expect(seen.at(-1)?.get('phase')).toBe('GREMIEN'));
    expect(seen.at(-1)?.get('themenfeld')).toBe('9');
    expect(seen.at(-1)?.get('kommune')).toBe('05315000');
    expect(seen.at(-1)?.get('page')).toBe('0');
  });

  it('shows the name of a Kommune and a Leistung chosen in the URL, not their IDs', async () => {
    server.use(
      http.get(`${API}/api/v1/projekte`, () => HttpResponse.json(page([]))),
      http.get(`${API}/api/v1/organisationen`, () => HttpResponse.json(page([]))),
      http.get(`${API}/api/v1/basiskomponenten`, () => HttpResponse.json(page([]))),
    );
    await renderWithApp(ProjektePage, { route: '/projekte?kommune=05382060&leistung=10169' });
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Kommune' })).toHaveValue('Siegburg, Stadt'),
    );
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Leistung' })).toHaveValue('Führerschein'),
    );
  });
});
