import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createApiClient } from '@/api';
import { API } from '@/test/fixtures';
import { server } from '@/test/server';
import { kennzahlId, parseKennzahl, umsetzungKennzahl } from './karte';

describe('map figures of the Umsetzungsstand', () => {
  it('carry metric and threshold in their id, which is all the map keeps in the URL', () => {
    expect(kennzahlId('c', 3)).toBe('umsetzung-c-r3');
    expect(parseKennzahl('umsetzung-c-r3')).toEqual({ metrik: 'c', reifegradMin: 3 });
    expect(parseKennzahl('einwohner')).toBeUndefined();
    expect(parseKennzahl('umsetzung-e-r3')).toBeUndefined();
  });

  it('load the values of one level at a time in per cent, by the keys of the map', async () => {
    const asked: string[] = [];
    server.use(
      http.get(`${API}/api/v1/statistik/regionen`, ({ request }) => {
        const q = new URL(request.url).searchParams;
        asked.push(`${q.get('ebene')}/${q.get('metrik')}/${q.get('reifegradMin')}`);
        const werte = {
          regierungsbezirk: [{ schluessel: '053', name: 'Köln', wert: 0.5, zaehler: 1, nenner: 2 }],
          kreis: [{ schluessel: '05382', name: 'Rhein-Sieg-Kreis', zaehler: 0, nenner: 0 }],
          gemeinde: [{ schluessel: '05382056', name: 'Siegburg', wert: 0.125, zaehler: 1, nenner: 8 }],
        }[q.get('ebene') ?? ''];
        return HttpResponse.json({
          ebene: q.get('ebene'),
          metrik: 'd',
          name: 'Mindestens eine',
          formel: 'f',
          reifegradMin: 3,
          werte,
          beispieldaten: false,
        });
      }),
    );
    const figure = umsetzungKennzahl('d', 3);
    const load = (ebene: 'regierungsbezirk' | 'kreis' | 'gemeinde') =>
      figure.load({
        api: createApiClient(API),
        gebiete: { bezirke: [], kreise: [], gemeinden: [] },
        ebene,
        signal: new AbortController().signal,
      });
    expect([...(await load('regierungsbezirk'))]).toEqual([['053', 50]]);
    expect(asked).toEqual(['regierungsbezirk/d/3']);
    // an area without a value (no Soll) stays without one: the map shows "keine Angabe"
    expect([...(await load('kreis'))]).toEqual([]);
    expect([...(await load('gemeinde'))]).toEqual([['05382056', 12.5]]);
    expect(asked).toEqual(['regierungsbezirk/d/3', 'kreis/d/3', 'gemeinde/d/3']);
    // shares are drawn on the fixed scale 0–100 %
    expect(figure.prozent).toBe(true);
  });
});
