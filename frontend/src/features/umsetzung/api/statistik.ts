import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/vue-query';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { queryKeys, unwrap, useApiClient, type ApiClient, type QueryOf } from '@/api';

// Figures change with every import and write: fresher than reference data, but no need to ask every second.
const STALE = 60_000;

const uebersicht = (api: ApiClient, reifegradMin: number, signal?: AbortSignal) =>
  unwrap(api.GET('/api/v1/statistik/uebersicht', { params: { query: { reifegradMin } }, signal }));

export function useStatistikUebersicht(reifegradMin: MaybeRefOrGetter<number>) {
  const api = useApiClient();
  const r = computed(() => toValue(reifegradMin));
  return useQuery({
    queryKey: queryKeys.statistik.of('uebersicht', r),
    queryFn: ({ signal }) => uebersicht(api, r.value, signal),
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

const zeitreihe = (api: ApiClient, query: ZeitreiheQuery, signal?: AbortSignal) =>
  unwrap(api.GET('/api/v1/statistik/zeitreihe', { params: { query }, signal }));

export function useZeitreihe(query: MaybeRefOrGetter<ZeitreiheQuery>) {
  const api = useApiClient();
  const q = computed(() => toValue(query));
  return useQuery({
    queryKey: queryKeys.statistik.of('zeitreihe', q),
    queryFn: ({ signal }) => zeitreihe(api, q.value, signal),
    placeholderData: keepPreviousData,
    staleTime: STALE,
  });
}

/**
 * The NRW figure and its trend (useNrwTrend), asked for while the start page's code still loads: the page's
 * largest text waits for this answer, and the components would ask only once mounted. Same keys, so the
 * components find the answers (or the requests in flight) in the cache.
 */
export function prefetchNrwTrend(queryClient: QueryClient, api: ApiClient, reifegradMin: number): void {
  const land: ZeitreiheQuery = { ebene: 'land', reifegradMin };
  void queryClient.prefetchQuery({
    queryKey: queryKeys.statistik.of('uebersicht', reifegradMin),
    queryFn: ({ signal }) => uebersicht(api, reifegradMin, signal),
    staleTime: STALE,
  });
  void queryClient.prefetchQuery({
    queryKey: queryKeys.statistik.of('zeitreihe', land),
    queryFn: ({ signal }) => zeitreihe(api, land, signal),
    staleTime: STALE,
  });
}
