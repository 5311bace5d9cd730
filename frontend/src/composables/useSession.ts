import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/vue-query';
import { computed } from 'vue';
import {
  ApiError,
  bearerToken,
  endSso,
  mayHaveSession,
  setCsrfToken,
  dependsOnSession,
  queryKeys,
  ssoState,
  STATUS,
  unwrap,
  unwrapEmpty,
  useApiClient,
  type Schemas,
} from '@/api';

export type Ich = Schemas['Ich'];
export type Rolle = Schemas['Rolle'];

/**
 * Who is signed in (GET /auth/me), shared by the header, the route guard and every edit action. Anonymous
 * is not an error: a 401 reads as `null`. Only the server decides what is allowed; the UI merely hides
 * what would be refused.
 */
export function useSession() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.session,
    queryFn: async ({ signal }): Promise<Ich | null> => {
      if (!mayHaveSession()) return null;
      try {
        const ich = await unwrap(api.GET('/api/v1/auth/me', { signal }));
        setCsrfToken(ich.csrfToken);
        return ich;
      } catch (error) {
        if (error instanceof ApiError && error.status === STATUS.unauthorized) {
          // single sign-on ran out: the same person until they sign in again or out (the dialog asks)
          if (ssoState() === 'abgelaufen')
            return queryClient.getQueryData<Ich | null>(queryKeys.session) ?? null;
          setCsrfToken(undefined);
          return null;
        }
        throw error;
      }
    },
    staleTime: 60_000,
  });
  const ich = computed(() => query.data.value ?? null);
  const rollen = computed(() => ich.value?.rollen ?? []);
  function hatRolle(...any: Rolle[]): boolean {
    return any.some((r) => rollen.value.includes(r));
  }
  return {
    ich,
    /** The session is known (signed in or not). */
    bekannt: computed(() => query.data.value !== undefined),
    angemeldet: computed(() => ich.value !== null),
    istAdmin: computed(() => rollen.value.includes('ADMIN')),
    hatRolle,
    error: query.error,
    refetch: query.refetch,
  };
}

export function useLogin() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['Anmeldung']) =>
      unwrap(api.POST('/api/v1/auth/login', { body })) as Promise<Ich>,
    onSuccess: async (ich) => {
      setCsrfToken(ich.csrfToken);
      queryClient.setQueryData(queryKeys.session, ich);
      // Answers such as a project's `rechte` depend on who asks.
      await queryClient.invalidateQueries({ predicate: dependsOnSession });
    },
  });
}

/**
 * Signs out. Signed in by single sign-on, the tokens are dropped and the browser goes to the issuer's end-session
 * endpoint, ending the single sign-on session too (the mutation's result is then true; the page is being left).
 */
export function useLogout() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (): Promise<boolean> => {
      if (bearerToken()) return endSso();
      await unwrapEmpty(api.POST('/api/v1/auth/logout'));
      return false;
    },
    onSettled: () => forgetSession(queryClient),
  });
}

/**
 * Nobody is signed in any more (signed out, or the single sign-on ended: signed out or its session gone): the admin
 * data goes, and what depends on who asks is read again. A single sign-on that merely ran out is not forgotten: the
 * dialog asks to sign in again and the person stays.
 */
export function forgetSession(queryClient: QueryClient): Promise<void> {
  setCsrfToken(undefined);
  queryClient.setQueryData(queryKeys.session, null);
  queryClient.removeQueries({ queryKey: queryKeys.admin.all });
  return queryClient.invalidateQueries({ predicate: dependsOnSession });
}

/** After the return from the issuer: ask /auth/me again, and reload what depends on who asks. */
export function useSsoSignedIn() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return async () => {
    const ich = await unwrap(api.GET('/api/v1/auth/me'));
    queryClient.setQueryData(queryKeys.session, ich);
    await queryClient.invalidateQueries({ predicate: dependsOnSession });
  };
}

export function useChangePassword() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['PasswortAenderung']) =>
      unwrapEmpty(api.POST('/api/v1/auth/passwort', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.session }),
  });
}
