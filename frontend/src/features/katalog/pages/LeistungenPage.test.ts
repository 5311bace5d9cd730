import { screen, waitFor, within } from '@testing-library/vue';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { API, leistung, page } from '@/test/fixtures';
import { server } from '@/test/server';
import { renderWithApp } from '@/test/render';
import LeistungenPage from './LeistungenPage.vue';

/** Records the query of every /leistungen request and answers with 45 hits in pages of the requested size. */
function recordLeistungen() {
  const seen: URLSearchParams[] = [];
  server.use(
    http.get(`${API}/api/v1/leistungen`, ({ request }) => {
      const params = new URL(request.url).searchParams;
      seen.push(params);
      const p = Number(params.get('page') ?? 0);
      const size = Number(params.get('size') ?? 50);
      const items = Array.from({ length: Math.min(size, 45 - p * size) }, (_, i) =>
        leistung(10000 + p * size + i, `Leistung ${p * size + i + 1}`),
      );
      return HttpResponse.json(page(items, p, size, 45));
    }),
  );
  return seen;
}

describe('LeistungenPage', () => {
  it('sends the search and filters from the form to the URL and the API', async () => {
    const seen = recordLeistungen();
    const { router } = await renderWithApp(LeistungenPage, { route: '/leistungen' });
    await screen.findByRole('table', { name: 'OZG-Leistungen' });

    await userEvent.type(screen.getByLabelText('Suchbegriff'), 'Führerschein');
    await waitFor(() =>
      expect(screen.getByRole('option', { name: 'Mobilität & Reisen' })).toBeInTheDocument(),
    );
    await userEvent.selectOptions(screen.getByLabelText('Themenfeld'), '9');
    await userEvent.selectOptions(screen.getByLabelText('Typisierung'), '2/3');
    await userEvent.click(screen.getByRole('button', { name: 'Leistungen anzeigen' }));

    await waitFor(() =>
      expect(router.currentRoute.value.query).toEqual({
        q: 'Führerschein',
        themenfeld: '9',
        typisierung: '2/3',
      }),
    );
    await waitFor(() =>
      expect(seen.at(-1)?.toString()).toBe(
        'q=F%C3%BChrerschein&themenfeld=9&typisierung=2%2F3&page=0&size=20',
      ),
    );
    expect(
      await screen.findByRole('table', { name: 'OZG-Leistungen zur Suche „Führerschein“' }),
    ).toBeInTheDocument();
  });

  it('only offers the Lagen of the chosen Themenfeld', async () => {
    recordLeistungen();
    await renderWithApp(LeistungenPage, { route: '/leistungen?themenfeld=6' });
    const lage = await screen.findByLabelText('Lebens- oder Unternehmenslage');
    await waitFor(() => expect(within(lage).getByRole('option', { name: 'Geburt' })).toBeInTheDocument());
    expect(within(lage).queryByRole('option', { name: 'Führerschein' })).not.toBeInTheDocument();
  });

  it('pages through the results with links that keep the filters', async () => {
    const seen = recordLeistungen();
    const { router } = await renderWithApp(LeistungenPage, { route: '/leistungen?themenfeld=9' });
    expect(await screen.findByText('45 Leistungen gefunden, Seite 1 von 3')).toHaveAttribute(
      'role',
      'status',
    );
    const nav = screen.getByRole('navigation', { name: 'Seiten der Leistungen' });
    expect(within(nav).getByRole('link', { name: 'Seite 2' })).toHaveAttribute(
      'href',
      '/leistungen?themenfeld=9&seite=2',
    );

    await userEvent.click(within(nav).getByRole('link', { name: 'Seite 3' }));
    await waitFor(() => expect(router.currentRoute.value.query).toEqual({ themenfeld: '9', seite: '3' }));
    expect(await screen.findByText('45 Leistungen gefunden, Seite 3 von 3')).toBeInTheDocument();
    expect(seen.at(-1)?.get('page')).toBe('2');
    expect(screen.getAllByRole('row')).toHaveLength(5 + 1);
  });

  it('says so when nothing is found', async () => {
    server.use(http.get(`${API}/api/v1/leistungen`, () => HttpResponse.json(page([], 0, 20, 0))));
    await renderWithApp(LeistungenPage, { route: '/leistungen?q=xyz' });
    expect(await screen.findByText('Keine Leistung gefunden')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Alle Leistungen anzeigen' })).toHaveAttribute(
      'href',
      '/leistungen',
    );
  });

  it('shows the API being down with a retry that loads again', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/api/v1/leistungen`, () => {
        calls++;
        return calls === 1
          ? HttpResponse.error()
          : HttpResponse.json(page([leistung(10169, 'Führerschein')], 0, 20, 1));
      }),
    );
    await renderWithApp(LeistungenPage, { route: '/leistungen' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Keine Verbindung zum Server');
    await userEvent.click(within(alert).getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByRole('link', { name: 'Führerschein' })).toHaveAttribute(
      'href',
      '/leistungen/10169',
    );
  });
});
