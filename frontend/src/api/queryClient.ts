import { MutationCache, QueryClient } from '@tanstack/vue-query';
import { setCsrfToken } from './client';
import { ApiError, STATUS } from './errors';
import { ssoState } from './oidc';
import { queryKeys } from './queryKeys';

/**
 * Reference data changes rarely (the catalogue is from 2019), so answers stay fresh for minutes; a failure
 * the user cannot fix by waiting (404, 400) is not retried, an unreachable server once, quickly, so that the
 * error and its retry button show within about a second.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    // A write answered 401 means the session ended (expired, idle, signed out elsewhere): the header shows it.
    // Not so for a single sign-on that ran out: a dialog asks to sign in again, the page and the person stay.
    mutationCache: new MutationCache({
      onError: (error) => {
        if (
          error instanceof ApiError &&
          error.status === STATUS.unauthorized &&
          ssoState() !== 'abgelaufen'
        ) {
          setCsrfToken(undefined);
          client.setQueryData(queryKeys.session, null);
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 5 * 60_000,
        gcTime: 30 * 60_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => error instanceof ApiError && error.retryable && failureCount < 1,
        retryDelay: 400,
      },
    },
  });
  return client;
}
