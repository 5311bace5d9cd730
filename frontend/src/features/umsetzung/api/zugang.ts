import { computed, ref } from 'vue';
import type { Schemas } from '@/api';
import { useSession } from '@/composables/useSession';

/**
 * How a page authenticates its writes (the import, a reported Stand). Signed in to the dashboard, the writes go
 * with that session: the API client adds the cookie and its CSRF token, or the single sign-on's bearer token. The
 * API token (`ddb_…`, sent as `Authorization: Bearer`) is for API users who are not signed in; it stays in memory
 * only, never in storage.
 */
export function useSchreibZugang(rollen: readonly Schemas['Rolle'][]) {
  const session = useSession();
  const token = ref('');
  const art = computed<'token' | 'sitzung'>(() => (session.angemeldet.value ? 'sitzung' : 'token'));
  const angemeldet = session.ich;
  const sitzungDarf = computed(
    () => angemeldet.value !== null && angemeldet.value.rollen.some((r) => rollen.includes(r)),
  );
  const bereit = computed(() =>
    art.value === 'sitzung' ? sitzungDarf.value : /^\S{8,}$/.test(token.value.trim()),
  );

  /**
   * Headers for a write (and the job's status): none with the session, the token otherwise. Only headers: the
   * client's `credentials: 'include'` must stay (an explicit `credentials: undefined` would replace it, and the
   * cross-origin write would go without the session cookie).
   */
  function optionen(): { headers: Record<string, string> } {
    if (art.value === 'sitzung') return { headers: {} };
    return { headers: { Authorization: `Bearer ${token.value.trim()}` } };
  }

  return { art, angemeldet, sitzungDarf, bekannt: session.bekannt, token, bereit, optionen };
}

/** Imports: INTEGRATION and ADMIN. */
export function useImportZugang() {
  return useSchreibZugang(['INTEGRATION', 'ADMIN']);
}
