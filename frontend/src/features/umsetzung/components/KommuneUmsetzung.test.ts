import { screen, within } from '@testing-library/vue';
import { http, HttpResponse } from 'msw';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { API } from '@/test/fixtures';
import { renderWithApp } from '@/test/render';
import { server } from '@/test/server';
import { groessenklassen, kommuneStand, zeitreihe } from '../test/fixtures';
import KommuneUmsetzung from './KommuneUmsetzung.vue';

function serve(reifegrade: string[]) {
  server.use(
    http.get(`${API}/api/v1/kommunen/05315000/umsetzungsstand`, ({ request }) => {
      reifegrade.push(new URL(request.url).searchParams.get('reifegradMin') ?? '');
      return HttpResponse.json(kommuneStand());
    }),
    http.get(`${API}/api/v1/kommunen/05315000/basiskomponenten`, () =>
      HttpResponse.json({
        kommune: kommuneStand().kommune,
        anschluesse: [
          {
            basiskomponenteId: 'servicekonto-nrw',
            name: 'Servicekonto.NRW',
            status: 'GEPLANT',
            geplantAb: '2026-05-01',
            beispiel: true,
          },
        ],
        beispieldaten: true,
      }),
    ),
    http.get(`${API}/api/v1/statistik/groessenklassen`, () => HttpResponse.json(groessenklassen)),
    http.get(`${API}/api/v1/statistik/zeitreihe`, ({ request }) => {
      const q = new URL(request.url).searchParams;
      expect([q.get('ebene'), q.get('schluessel')]).toEqual(['kommune', '05315000']);
      return HttpResponse.json(zeitreihe());
    }),
  );
}

describe('KommuneUmsetzung', () => {
  it('shows Soll and Ist with the formula, the banner and the rules behind the Soll', async () => {
    const reifegrade: string[] = [];
    serve(reifegrade);
    await renderWithApp(KommuneUmsetzung, { props: { ags: '05315000' }, route: '/kommunen/05315000' });

    expect(await screen.findByText('25,0 %')).toBeInTheDocument();
    expect(screen.getByText(/50 von\s+200 Soll-Leistungen mit Reifegrad ≥ 2/)).toBeInTheDocument();
    expect(screen.getByRole('note', { name: 'Beispieldaten' })).toBeInTheDocument();
    expect(reifegrade).toEqual(['2']);

    // "Wie wird gezählt?" names the formula and the input counts
    const erklaerung = screen.getByText(/Metrik a/).closest('details')!;
    expect(within(erklaerung).getByText('Wie wird gezählt?')).toBeInTheDocument();
    expect(
      within(erklaerung).getByText('davon auf abgeleiteten Regeln').nextElementSibling,
    ).toHaveTextContent('150');

    // per Themenfeld, with the Soll rows that rest on derived rules counted from the rows
    const table = screen.getByRole('table', { name: 'Soll und Ist der Stadt Köln je Themenfeld' });
    const mobilitaet = within(table).getByRole('row', { name: /Mobilität & Reisen/ });
    expect(
      within(mobilitaet)
        .getAllByRole('cell')
        .map((c) => c.textContent?.trim()),
    ).toEqual(['2', '1', '1', '50,0 %']);
    expect(within(table).getByRole('row', { name: /Familie & Kind/ })).toHaveTextContent('–');

    // the status table says its "online" counts every Reifegrad, unlike the share with its threshold
    const status = screen.getByRole('table', { name: /Gemeldeter Status der Soll-Leistungen/ });
    expect(within(status).getByRole('row', { name: /online \(jeder Reifegrad\)/ })).toHaveTextContent('60');
    expect(
      screen.getByText(/Hier zählt jeder Online-Eintrag \(60\); im Anteil online oben zählen nur/),
    ).toHaveTextContent('Reifegrad ≥ 2 (50)');

    // its time series with the changes since the first day
    expect(await screen.findByText('12 neu online')).toBeInTheDocument();
    expect(screen.getByText('2 zurückgefallen')).toBeInTheDocument();

    expect(await screen.findByText(/geplant\s+ab 01.05.2026/)).toBeInTheDocument();
  });

  it('asks again with the threshold chosen, and keeps it in the URL', async () => {
    const reifegrade: string[] = [];
    serve(reifegrade);
    const { router } = await renderWithApp(KommuneUmsetzung, {
      props: { ags: '05315000' },
      route: '/kommunen/05315000',
    });
    await screen.findByText('25,0 %');
    const select = screen.getByLabelText('Online zählt ab');
    await userEvent.setup().selectOptions(select, '3');
    await vi.waitFor(() => expect(reifegrade).toContain('3'));
    expect(router.currentRoute.value.query.reifegrad).toBe('3');
  });
});
