import { keepPreviousData, useQuery } from '@tanstack/vue-query';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { queryKeys, unwrap, useApiClient, type QueryOf } from '@/api';

// Figures change with every import and write: fresher than reference data, but no need to ask every second.
const STALE = 60_000;

export function useStatistikUebersicht(reifegradMin: MaybeRefOrGetter<number>) {
  const api = useApiClient();
  const r = computed(() => toValue(reifegradMin));
  return useQuery({
    queryKey: queryKeys.statistik.of('uebersicht', r),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/statistik/uebersicht', { params: { query: { reifegradMin: r.value } }, signal }),
      ),
    placeholderData: keepPreviousData,
    staleTime: STALE,
  });
}

export function useStatistikThemenfelder(reifegradMin: MaybeRefOrGetter<number>) {
  const api = useApiClient();
  const r = computed(() => toValue(reifegradMin));
  return useQuery({
    queryKey: queryKeys.statistik.of('themenfelder', r),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/statistik/themenfelder', { params: { query: { reifegradMin: r.value } }, signal }),
      ),
    placeholderData: keepPreviousData,
    staleTime: STALE,
  });
}

export function useStatistikGroessenklassen(reifegradMin: MaybeRefOrGetter<number>) {
  const api = useApiClient();
  const r = computed(() => toValue(reifegradMin));
  return useQuery({
    queryKey: queryKeys.statistik.of('groessenklassen', r),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/statistik/groessenklassen', {
          params: { query: { reifegradMin: r.value } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    staleTime: STALE,
  });
}

export type RegionenQuery = QueryOf<'/api/v1/statistik/regionen'>;

export function useStatistikRegionen(query: MaybeRefOrGetter<RegionenQuery>) {
  const api = useApiClient();
  const q = computed(() => toValue(query));
  return useQuery({
    queryKey: queryKeys.statistik.of('regionen', q),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/statistik/regionen', { params: { query: q.value }, signal })),
    placeholderData: keepPreviousData,
    staleTime: STALE,
  });
}

export type ZeitreiheQuery = QueryOf<'/api/v1/statistik/zeitreihe'>;

export function useZeitreihe(query: MaybeRefOrGetter<ZeitreiheQuery>) {
  const api = useApiClient();
  const q = computed(() => toValue(query));
  return useQuery({
    queryKey: queryKeys.statistik.of('zeitreihe', q),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/statistik/zeitreihe', { params: { query: q.value }, signal })),
    placeholderData: keepPreviousData,
    staleTime: STALE,
  });
}
