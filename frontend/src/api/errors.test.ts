import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@/test/server';
import { API } from '@/test/fixtures';
import { apiFails } from '@/test/handlers';
import { createApiClient } from './client';
import { ApiError, unwrap } from './errors';

const api = () => createApiClient(API);

describe('unwrap: every failure becomes one ApiError', () => {
  it('returns the data of a successful call', async () => {
    const data = await unwrap(api().GET('/api/v1/themenfelder'));
    expect(data.items[0]?.name).toBe('Familie & Kind');
  });

  it('keeps title and detail of a problem+json answer (RFC 9457) for the user', async () => {
    server.use(
      apiFails({ status: 404, title: 'Nicht gefunden', detail: 'Keine OZG-Leistung mit der ID 99.' }),
    );
    const error = await unwrap(
      api().GET('/api/v1/leistungen/{ozgId}', { params: { path: { ozgId: 99 } } }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      kind: 'not-found',
      status: 404,
      title: 'Nicht gefunden',
      detail: 'Keine OZG-Leistung mit der ID 99.',
      retryable: false,
    });
  });

  it('carries the invalid parameters of a 400', async () => {
    server.use(
      http.get(`${API}/api/v1/leistungen`, () =>
        HttpResponse.json(
          {
            type: '/probleme/ungueltiger-parameter',
            title: 'Ungültiger Parameter',
            status: 400,
            detail: 'Muss mindestens 1 sein.',
            errors: [{ name: 'size', in: 'query', reason: 'Muss mindestens 1 sein.' }],
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const error = (await unwrap(api().GET('/api/v1/leistungen', { params: { query: { size: 0 } } })).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error.kind).toBe('bad-request');
    expect(error.invalidParams).toEqual([{ name: 'size', in: 'query', reason: 'Muss mindestens 1 sein.' }]);
  });

  it('turns an unreachable server into a retryable network error with a German message', async () => {
    server.use(apiFails('network'));
    const error = (await unwrap(api().GET('/api/v1/kennzahlen')).catch((e: unknown) => e)) as ApiError;
    expect(error.kind).toBe('network');
    expect(error.retryable).toBe(true);
    expect(error.title).toBe('Keine Verbindung zum Server');
  });

  it('names the status of an error without problem body', async () => {
    server.use(http.get(`${API}/api/v1/kennzahlen`, () => new HttpResponse('Bad Gateway', { status: 502 })));
    const error = (await unwrap(api().GET('/api/v1/kennzahlen')).catch((e: unknown) => e)) as ApiError;
    expect(error).toMatchObject({
      kind: 'server',
      status: 502,
      detail: 'Der Server antwortete mit Status 502.',
      retryable: true,
    });
  });
});
