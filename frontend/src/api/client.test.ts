import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { API } from '@/test/fixtures';
import { server } from '@/test/server';
import { createApiClient, mayHaveSession, setCsrfToken } from './client';

describe('API client', () => {
  it('sends the session cookie with every call and the CSRF token with every write, never with reads', async () => {
    const seen: { method: string; csrf: string | null; credentials: RequestCredentials }[] = [];
    server.use(
      http.all(`${API}/api/v1/*`, ({ request }) => {
        seen.push({
          method: request.method,
          csrf: request.headers.get('X-CSRF-Token'),
          credentials: request.credentials,
        });
        return request.method === 'GET' ? HttpResponse.json({}) : new HttpResponse(null, { status: 204 });
      }),
    );
    const api = createApiClient(API);
    setCsrfToken('token-1');
    await api.GET('/api/v1/stand');
    await api.POST('/api/v1/auth/logout');
    expect(seen).toEqual([
      { method: 'GET', csrf: null, credentials: 'include' },
      { method: 'POST', csrf: 'token-1', credentials: 'include' },
    ]);
  });

  it('asks who is signed in only when a session may exist', () => {
    expect(mayHaveSession()).toBe(false);
    setCsrfToken('token-1');
    expect(mayHaveSession()).toBe(true);
    setCsrfToken(undefined);
    expect(mayHaveSession()).toBe(false);
  });
});
