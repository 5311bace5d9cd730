import { screen } from '@testing-library/vue';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { API } from '@/test/fixtures';
import { renderWithApp } from '@/test/render';
import { server } from '@/test/server';
import ThemenfeldStand from './ThemenfeldStand.vue';

describe('ThemenfeldStand', () => {
  it('shows the Themenfeld’s share online (a) with its counts and a link to its Leistungen by share', async () => {
    server.use(
      http.get(`${API}/api/v1/statistik/themenfelder`, () =>
        HttpResponse.json({
          reifegradMin: 2,
          beispieldaten: false,
          themenfelder: [
            {
              themenfeldId: 6,
              name: 'Familie & Kind',
              leistungen: 36,
              soll: 15341,
              online: 6023,
              metriken: [{ metrik: 'a', name: 'Anteil', wert: 0.3926, formel: 'a' }],
            },
          ],
        }),
      ),
    );
    await renderWithApp(ThemenfeldStand, { props: { id: 6 }, route: '/themenfelder/6' });
    expect(await screen.findByTestId('themenfeld-anteil')).toHaveTextContent('39,3 %');
    expect(screen.getByText(/6.023 von 15.341 Einträgen/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Leistungen nach Anteil online' })).toHaveAttribute(
      'href',
      '/leistungen?themenfeld=6&sort=-anteilOnline',
    );
  });
});
