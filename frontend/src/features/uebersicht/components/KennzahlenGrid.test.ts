import { screen } from '@testing-library/vue';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/api';
import { API } from '@/test/fixtures';
import { server } from '@/test/server';
import { renderWithApp } from '@/test/render';
import KennzahlenGrid from './KennzahlenGrid.vue';

const kennzahlen: Schemas['Kennzahlen'] = {
  themenfelder: 14,
  lagen: 55,
  leistungen: 557,
  leikaLeistungen: 5249,
  kommunen: 427,
  gemeinden: 396,
  kreisfreieStaedte: 22,
  kreise: 31,
  regierungsbezirke: 5,
  organisationen: 465,
  basiskomponenten: 8,
  einwohner: 18139116,
  katalogStand: '2019',
  projekte: 21,
  beispielprojekte: 21,
  beispieldaten: false,
};

describe('KennzahlenGrid', () => {
  it('links each figure to its page, and says which projects are only examples', async () => {
    server.use(http.get(`${API}/api/v1/kennzahlen`, () => HttpResponse.json(kennzahlen)));
    await renderWithApp(KennzahlenGrid);
    expect(await screen.findByRole('link', { name: '5.249 LeiKa-Leistungen' })).toHaveAttribute(
      'href',
      '/leistungen',
    );
    expect(screen.getByRole('link', { name: '427 Kommunen' })).toHaveAttribute('href', '/kommunen');
    expect(screen.getByText('396 Gemeinden (22 kreisfreie Städte) und 31 Kreise')).toBeInTheDocument();
    // projects have no pages yet: a figure without a link
    expect(screen.getByText('davon 21 Beispielprojekte (keine echten Angaben)')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Umsetzungsprojekte/ })).not.toBeInTheDocument();
  });
});
