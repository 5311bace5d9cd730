import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import {
  API,
  gemeinden,
  kreise,
  lagen,
  leistung,
  page,
  regierungsbezirke,
  themenfelder,
  typisierungen,
} from './fixtures';

/** The real boundaries file the SPA ships, served as the browser would fetch it. */
const boundaries = JSON.parse(
  readFileSync(resolve(process.cwd(), 'public/geo/verwaltungsgrenzen-nrw.topo.json'), 'utf8'),
) as JsonBodyType;

export const defaultHandlers = [
  http.get(`${API}/api/v1/themenfelder`, () => HttpResponse.json(page(themenfelder))),
  http.get(`${API}/api/v1/lagen`, () => HttpResponse.json(page(lagen))),
  http.get(`${API}/api/v1/typisierungen`, () => HttpResponse.json(page(typisierungen))),
  http.get(`${API}/api/v1/leistungen`, () =>
    HttpResponse.json(page([leistung(10169, 'Führerschein'), leistung(10168, 'Fahreignungsregister')])),
  ),
  http.get(`${API}/api/v1/regierungsbezirke`, () => HttpResponse.json(page(regierungsbezirke))),
  http.get(`${API}/api/v1/kreise`, () => HttpResponse.json(page(kreise))),
  http.get(`${API}/api/v1/kommunen`, () => HttpResponse.json(page(gemeinden))),
  http.get(`${API}/api/v1/groessenklassen`, () => HttpResponse.json(page([]))),
  http.get(`${API}/api/v1/datenquellen`, () => HttpResponse.json(page([]))),
  http.get('*/geo/verwaltungsgrenzen-nrw.topo.json', () => HttpResponse.json(boundaries)),
  http.get(`${API}/api/v1/:art/:id/projekte`, () => HttpResponse.json(page([], 0, 20))),
  http.get(`${API}/api/v1/:art/:id/historie`, () => HttpResponse.json(page([], 0, 20))),
  http.get(`${API}/api/v1/organisationen`, () => HttpResponse.json(page([]))),
  http.get(`${API}/api/v1/projekte/uebersicht`, () =>
    HttpResponse.json({ gesamt: 0, beispiele: 0, zellen: [] }),
  ),
  http.get(`${API}/api/v1/gremien`, () => HttpResponse.json(page([]))),
  http.get(`${API}/api/v1/basiskomponenten`, () => HttpResponse.json(page([]))),
  http.get(`${API}/api/v1/stand`, () => HttpResponse.json({ letzteAenderung: '2026-11-28T10:15:00Z' })),
  http.get(`${API}/api/v1/auth/me`, () => problem(401, 'Anmeldung erforderlich', 'Niemand ist angemeldet.')),
];

export function problem(status: number, title: string, detail: string) {
  return HttpResponse.json(
    { type: '/probleme/test', title, status, detail, instance: '/api/v1/test' },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** Answers every API path with a problem+json of the given status, or with a network error. */
export function apiFails(how: { status: number; title: string; detail: string } | 'network') {
  return http.get(`${API}/api/v1/*`, () =>
    how === 'network'
      ? HttpResponse.error()
      : HttpResponse.json(
          {
            type: '/probleme/test',
            title: how.title,
            status: how.status,
            detail: how.detail,
            instance: '/api/v1/test',
          },
          { status: how.status, headers: { 'Content-Type': 'application/problem+json' } },
        ),
  );
}
