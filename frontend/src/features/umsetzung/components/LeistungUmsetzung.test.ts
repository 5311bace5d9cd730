import { screen, within } from '@testing-library/vue';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { API } from '@/test/fixtures';
import { renderWithApp } from '@/test/render';
import { server } from '@/test/server';
import { leistungStand, zustaendigkeit } from '../test/fixtures';
import LeistungUmsetzung from './LeistungUmsetzung.vue';

describe('LeistungUmsetzung', () => {
  it('says where the Leistung is online, strictly and by the federal rule, and which rules are derived', async () => {
    const queries: URLSearchParams[] = [];
    server.use(
      http.get(`${API}/api/v1/leistungen/10169/umsetzungsstand`, ({ request }) => {
        queries.push(new URL(request.url).searchParams);
        return HttpResponse.json(leistungStand());
      }),
      http.get(`${API}/api/v1/leistungen/10169/zustaendigkeit`, () => HttpResponse.json(zustaendigkeit)),
    );
    const { router } = await renderWithApp(LeistungUmsetzung, {
      props: { ozgId: 10169 },
      route: '/leistungen/10169?bezirk=053',
    });

    expect(await screen.findByText(/174 von 427/)).toBeInTheDocument();
    expect(screen.getByText(/in jeder zuständigen Kommune online/).parentElement).toHaveTextContent('nein');
    expect(screen.getByText(/in mindestens einer Kommune online/).parentElement).toHaveTextContent('ja');
    expect(screen.getAllByRole('note', { name: 'Beispieldaten' }).length).toBeGreaterThan(0);

    // the list follows the map's area
    await vi.waitFor(() =>
      expect(queries.some((q) => q.get('regierungsbezirk') === '053' && q.get('size') === '25')).toBe(true),
    );
    const liste = await screen.findByRole('table', { name: /je zuständiger Kommune/ });
    expect(within(liste).getByRole('link', { name: 'Köln, Stadt' })).toHaveAttribute(
      'href',
      '/kommunen/05315000',
    );
    expect(within(liste).getByRole('link', { name: /Zum Angebot von Köln, Stadt/ })).toHaveAttribute(
      'href',
      'https://example.org/koeln',
    );

    const regeln = await screen.findByRole('table', { name: /Zuständigkeitsregeln/ });
    expect(within(regeln).getByRole('row', { name: /Kreisfreie Stadt/ })).toHaveTextContent('abgeleitet');
    expect(within(regeln).getByRole('row', { name: /Kreisangehörige Gemeinde/ })).toHaveTextContent(
      'bestätigt am 20.11.2026',
    );

    await userEvent.setup().selectOptions(screen.getByLabelText('Status'), 'ONLINE');
    await vi.waitFor(() =>
      expect(router.currentRoute.value.query).toMatchObject({ bezirk: '053', status: 'ONLINE' }),
    );
    await vi.waitFor(() => expect(queries.some((q) => q.get('status') === 'ONLINE')).toBe(true));
  });
});
