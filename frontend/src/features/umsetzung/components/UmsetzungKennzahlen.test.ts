import { screen } from '@testing-library/vue';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { API } from '@/test/fixtures';
import { renderWithApp } from '@/test/render';
import { server } from '@/test/server';
import { uebersicht } from '../test/fixtures';
import UmsetzungKennzahlen from './UmsetzungKennzahlen.vue';

describe('UmsetzungKennzahlen', () => {
  it('sets the strict count beside the federal one, each with its formula, under the example data banner', async () => {
    server.use(http.get(`${API}/api/v1/statistik/uebersicht`, () => HttpResponse.json(uebersicht)));
    await renderWithApp(UmsetzungKennzahlen);
    expect(await screen.findByRole('note', { name: 'Beispieldaten' })).toBeInTheDocument();
    expect(
      screen.getByText(
        /Zählweise des Bundes gelten 100,0 % der Leistungen als online, streng gezählt .* 0,0 %/,
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Wie wird gezählt?')).toHaveLength(4);
    expect(screen.getByText('Formel c')).toBeInTheDocument();
    expect(screen.getByText('39,1 %')).toBeInTheDocument();
  });
});
