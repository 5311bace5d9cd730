import { useQuery } from '@tanstack/vue-query';
import { computed, ref } from 'vue';
import { ApiError, queryKeys, unwrap, useApiClient, type Schemas } from '@/api';

/** The contract leaves the body of GET /auth/me untyped; it is the schema Ich. */
function isIch(body: unknown): body is Schemas['Ich'] {
  return typeof body === 'object' && body !== null && Array.isArray((body as Schemas['Ich']).rollen);
}

/**
 * How a page authenticates its writes (the import, a reported Stand). A signed-in session (cookie, sent with `credentials:
 * include`) echoes its CSRF token; without one, an integrator pastes an API token (`ddb_…`), which goes as
 * `Authorization: Bearer` and needs no CSRF token. The token stays in memory only, never in storage.
 */
export function useSchreibZugang(rollen: readonly Schemas['Rolle'][]) {
  const api = useApiClient();
  /** Chosen explicitly: asking /auth/me without a session answers 401, which browsers log as an error. */
  const art = ref<'token' | 'sitzung'>('token');
  const sitzung = useQuery({
    queryKey: queryKeys.session,
    queryFn: async ({ signal }): Promise<Schemas['Ich'] | null> => {
      try {
        const ich = await unwrap(api.GET('/api/v1/auth/me', { credentials: 'include', signal }));
        return isIch(ich) ? ich : null;
      } catch (error) {
        // 401: nobody signed in – not an error for this page
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 0,
    retry: false,
    enabled: computed(() => art.value === 'sitzung'),
  });
  const token = ref('');

  const angemeldet = computed(() => (art.value === 'sitzung' ? (sitzung.data.value ?? null) : null));
  const sitzungDarf = computed(
    () =>
      angemeldet.value !== null &&
      angemeldet.value.rollen.some((r) => rollen.includes(r)) &&
      angemeldet.value.csrfToken !== undefined,
  );
  const bereit = computed(() =>
    art.value === 'sitzung' ? sitzungDarf.value : /^\S{8,}$/.test(token.value.trim()),
  );

  /** Request options for a write (and the job's status) with whichever access there is. */
  function optionen(): { credentials?: RequestCredentials; headers: Record<string, string> } {
    if (art.value === 'sitzung' && angemeldet.value?.csrfToken)
      return { credentials: 'include', headers: { 'X-CSRF-Token': angemeldet.value.csrfToken } };
    return { headers: { Authorization: `Bearer ${token.value.trim()}` } };
  }

  return { art, sitzung, angemeldet, sitzungDarf, token, bereit, optionen };
}

/** Imports: INTEGRATION and ADMIN. */
export function useImportZugang() {
  return useSchreibZugang(['INTEGRATION', 'ADMIN']);
}
