import { screen } from '@testing-library/vue';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { API } from '@/test/fixtures';
import { renderWithApp } from '@/test/render';
import { server } from '@/test/server';
import { groessenklassen, kommuneStand } from '../test/fixtures';
import KommuneKopf from './KommuneKopf.vue';

describe('KommuneKopf', () => {
  it('answers first: the share online with its threshold, in a sentence with the right article', async () => {
    const reifegrade: string[] = [];
    server.use(
      http.get(`${API}/api/v1/kommunen/05158/umsetzungsstand`, ({ request }) => {
        reifegrade.push(new URL(request.url).searchParams.get('reifegradMin') ?? '');
        return HttpResponse.json(
          kommuneStand({
            kommune: {
              ags: '05158',
              name: 'Kreis Mettmann',
              typ: 'KREIS',
              kreisSchluessel: '05158',
              regierungsbezirkId: '051',
              einwohner: 485684,
            },
            online: 1234,
            soll: { gesamt: 2468, abgeleitet: 2000, bestaetigt: 468 },
            anteilOnline: 0.5,
          }),
        );
      }),
      http.get(`${API}/api/v1/statistik/groessenklassen`, () => HttpResponse.json(groessenklassen)),
    );
    await renderWithApp(KommuneKopf, { props: { ags: '05158' }, route: '/kommunen/05158?reifegrad=3' });

    expect(await screen.findByTestId('kommune-anteil')).toHaveTextContent('50,0 %');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Wie weit ist der Kreis Mettmann?');
    expect(screen.getByText(/für die der Kreis Mettmann zuständig ist, sind online/)).toHaveTextContent(
      '1.234 von 2.468 mit Reifegrad ≥ 2',
    );
    expect(reifegrade).toEqual(['3']);
    expect(screen.getByRole('link', { name: 'Umsetzungsstand im Einzelnen' })).toHaveAttribute(
      'href',
      '#umsetzungsstand',
    );
    expect(screen.getByRole('note')).toHaveTextContent('Beispieldaten');
  });

  it('compares a Gemeinde with the median of its Größenklasse, naming it with its article', async () => {
    server.use(
      http.get(`${API}/api/v1/kommunen/05315000/umsetzungsstand`, () => HttpResponse.json(kommuneStand())),
      http.get(`${API}/api/v1/statistik/groessenklassen`, () => HttpResponse.json(groessenklassen)),
    );
    await renderWithApp(KommuneKopf, { props: { ags: '05315000' }, route: '/kommunen/05315000' });
    expect(await screen.findByText('Vergleich: Großstadt')).toBeInTheDocument();
    expect(screen.getByText('31,0 %')).toBeInTheDocument();
    expect(screen.getByText(/Die Stadt Köln liegt\s+darunter/)).toBeInTheDocument();
  });
});
