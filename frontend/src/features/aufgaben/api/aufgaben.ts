import { useQueries, useQuery } from '@tanstack/vue-query';
import { computed, type ComputedRef } from 'vue';
import { queryKeys, unwrap, useApiClient, type Schemas } from '@/api';

/** Entries older than this are due to be checked again. */
export const TAGE_ALT = 90;
const LAUFEND: readonly Schemas['ImportStatus'][] = ['WARTEND', 'PRUEFUNG', 'SCHREIBEN'];

/** The organisation one acts for, with the AGS when it is a Kommune. */
export function useEigeneOrganisation(id: ComputedRef<string | undefined>) {
  const api = useApiClient();
  return useQuery({
    queryKey: computed(() => ['organisation', id.value] as const),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/organisationen/{id}', { params: { path: { id: id.value ?? '' } }, signal })),
    enabled: computed(() => id.value !== undefined),
  });
}

/** The projects an organisation leads or takes part in. */
export function useOrganisationsProjekte(id: ComputedRef<string | undefined>) {
  const api = useApiClient();
  return useQuery({
    queryKey: computed(() => [...queryKeys.projekte.all, 'organisation', id.value] as const),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/organisationen/{id}/projekte', {
          params: { path: { id: id.value ?? '' }, query: { size: 100 } },
          signal,
        }),
      ),
    enabled: computed(() => id.value !== undefined),
  });
}

/** The projects of the Themenfelder someone coordinates (one read per Themenfeld). */
export function useThemenfeldProjekte(themenfelder: ComputedRef<number[]>) {
  const api = useApiClient();
  const queries = useQueries({
    queries: computed(() =>
      themenfelder.value.map((themenfeld) => ({
        queryKey: [...queryKeys.projekte.all, 'themenfeld', themenfeld] as const,
        queryFn: ({ signal }: { signal: AbortSignal }) =>
          unwrap(api.GET('/api/v1/projekte', { params: { query: { themenfeld, size: 100 } }, signal })),
      })),
    ),
  });
  return computed(() => ({
    items: queries.value.flatMap((q) => q.data?.items ?? []),
    loading: queries.value.some((q) => q.isPending),
    error: queries.value.find((q) => q.error)?.error ?? null,
  }));
}

/**
 * The Soll-Leistungen of a Kommune whose entry was never reported or not updated for {@link TAGE_ALT} days,
 * oldest first (never reported first of all).
 */
export function useAlteEintraege(ags: ComputedRef<string | undefined>) {
  const api = useApiClient();
  const query = useQuery({
    queryKey: computed(() => [...queryKeys.umsetzung.all, 'kommune', ags.value, 'aufgaben'] as const),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/kommunen/{ags}/umsetzungsstand', {
          params: { path: { ags: ags.value ?? '' } },
          signal,
        }),
      ),
    enabled: computed(() => ags.value !== undefined),
  });
  const alt = computed(() => {
    const grenze = Date.now() - TAGE_ALT * 24 * 3600 * 1000;
    return (query.data.value?.leistungen ?? [])
      .filter((l) => l.zustaendig)
      .filter((l) => !l.aktualisiertAm || Date.parse(l.aktualisiertAm) < grenze)
      .sort((a, b) => (a.aktualisiertAm ?? '').localeCompare(b.aktualisiertAm ?? ''));
  });
  return { query, alt };
}

/** Imports still running (INTEGRATION: the own, ADMIN: all), from the newest 50. */
export function useOffeneImporte(enabled: ComputedRef<boolean>) {
  const api = useApiClient();
  const query = useQuery({
    queryKey: computed(() => ['importe', 'liste'] as const),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/importe', { params: { query: { size: 50 } }, signal })),
    enabled,
    refetchInterval: 5000,
  });
  const offen = computed(() => (query.data.value?.items ?? []).filter((j) => LAUFEND.includes(j.status)));
  return { query, offen };
}
