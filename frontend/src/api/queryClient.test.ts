import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { API, ich } from '@/test/fixtures';
import { server } from '@/test/server';
import { ignoreJsdomNavigation, signIn } from '@/test/sso';
import { createApiClient } from './client';
import { ApiError } from './errors';
import { ssoState } from './oidc';
import { createQueryClient } from './queryClient';
import { queryKeys } from './queryKeys';

beforeEach(ignoreJsdomNavigation);

function refusedWrite() {
  return Promise.reject(new ApiError('bad-request', 'Nicht angemeldet', 'Anmeldung abgelaufen', 401));
}

describe('a write answered 401', () => {
  it('ends the cookie session in the header', async () => {
    const client = createQueryClient();
    client.setQueryData(queryKeys.session, ich());
    await client
      .getMutationCache()
      .build(client, { mutationFn: refusedWrite })
      .execute(undefined)
      .catch(() => undefined);
    expect(client.getQueryData(queryKeys.session)).toBeNull();
  });

  it('keeps who is signed in while a single sign-on that ran out asks for a new sign-in', async () => {
    await signIn({ refresh: 'refused' });
    server.use(
      http.post(`${API}/api/v1/auth/logout`, () =>
        HttpResponse.json({ status: 401, title: 'Nicht angemeldet' }, { status: 401 }),
      ),
    );
    await createApiClient(API).POST('/api/v1/auth/logout');
    expect(ssoState()).toBe('abgelaufen');
    const client = createQueryClient();
    client.setQueryData(queryKeys.session, ich({ art: 'OIDC' }));
    await client
      .getMutationCache()
      .build(client, { mutationFn: refusedWrite })
      .execute(undefined)
      .catch(() => undefined);
    expect(client.getQueryData(queryKeys.session)).toMatchObject({ art: 'OIDC' });
  });
});
