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
 * Signs out. Signed in by single sign-on, the token is dropped and the browser goes to the issuer's end-session
 * endpoint when it advertises one (the mutation's result is then that address; the caller leaves the page).
 */
export function useLogout() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (): Promise<string | undefined> => {
      if (bearerToken()) return endSso('/');
      await unwrapEmpty(api.POST('/api/v1/auth/logout'));
      return undefined;
    },
    onSettled: () => forgetSession(queryClient),
  });
}

/**
 * Nobody is signed in any more (signed out, or a single sign-on token expired or was refused): the admin data
 * goes, and what depends on who asks is read again.
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
