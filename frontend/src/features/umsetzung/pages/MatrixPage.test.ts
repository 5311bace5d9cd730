import { screen, within } from '@testing-library/vue';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/api';
import { API } from '@/test/fixtures';
import { renderWithApp } from '@/test/render';
import { server } from '@/test/server';
import { koeln } from '../test/fixtures';
import MatrixPage from './MatrixPage.vue';

const matrix: Schemas['AnschlussMatrix'] = {
  basiskomponenten: [
    { id: 'servicekonto-nrw', name: 'Servicekonto.NRW', angeschlossen: 1, geplant: 0 },
    { id: 'epaybl', name: 'ePayBL', angeschlossen: 0, geplant: 1 },
  ],
  kommunen: {
    items: [
      {
        kommune: koeln,
        anschluesse: [
          { basiskomponenteId: 'servicekonto-nrw', status: 'ANGESCHLOSSEN' },
          { basiskomponenteId: 'epaybl', status: 'GEPLANT', geplantAb: '2026-06-01' },
        ],
      },
    ],
    total: 1,
    page: 0,
    size: 50,
  },
  beispieldaten: false,
};

describe('MatrixPage', () => {
  it('reads its filters from the URL, says each cell in words and writes a new filter to the URL', async () => {
    const queries: URLSearchParams[] = [];
    server.use(
      http.get(`${API}/api/v1/statistik/basiskomponenten`, ({ request }) => {
        queries.push(new URL(request.url).searchParams);
        return HttpResponse.json(matrix);
      }),
    );
    const { router } = await renderWithApp(MatrixPage, {
      route: '/statistik/basiskomponenten?regierungsbezirk=053&typ=KREISFREIE_STADT',
    });
    const table = await screen.findByRole('table', {
      name: 'Anschluss der Kommunen an die Basiskomponenten',
    });
    expect(queries[0]?.get('regierungsbezirk')).toBe('053');
    expect(queries[0]?.get('typ')).toBe('KREISFREIE_STADT');
    const zeile = within(table).getByRole('row', { name: /Köln, Stadt/ });
    expect(zeile).toHaveTextContent('angeschlossen');
    // each cell in words for screen readers (the symbol and colour are hidden from them)
    const zellen = within(zeile).getAllByRole('cell');
    expect(zellen[0]?.querySelector('.kern-sr-only')).toHaveTextContent('angeschlossen');
    expect(zellen[1]).toHaveTextContent(/geplant\s*ab 01.06.2026/);
    // totals and percentages per column at the top, in the head of the table
    const summen = within(table).getByRole('row', { name: /Im Filter \(1 Kommune\)/ });
    expect(summen.closest('thead')).not.toBeNull();
    expect(summen).toHaveTextContent('1 (100,0 %) angeschlossen');
    expect(summen).toHaveTextContent('0 (0,0 %) geplant');
    expect(screen.getByRole('list', { name: 'Zeichenerklärung' })).toHaveTextContent('ja = angeschlossen');
    expect(screen.queryByRole('note', { name: 'Beispieldaten' })).not.toBeInTheDocument();

    await userEvent.setup().selectOptions(screen.getByLabelText('Kommunentyp'), 'KREIS');
    await vi.waitFor(() =>
      expect(router.currentRoute.value.query).toEqual({ regierungsbezirk: '053', typ: 'KREIS' }),
    );
    await vi.waitFor(() => expect(queries.some((q) => q.get('typ') === 'KREIS')).toBe(true));
  });
});
