import { keepPreviousData, useQuery } from '@tanstack/vue-query';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { queryKeys, unwrap, useApiClient, type QueryOf } from '@/api';

/** Soll and Ist of one Kommune, counted from Reifegrad `reifegradMin` on. */
export function useKommuneUmsetzung(ags: MaybeRefOrGetter<string>, reifegradMin: MaybeRefOrGetter<number>) {
  const api = useApiClient();
  const key = computed(() => ({ ags: toValue(ags), reifegradMin: toValue(reifegradMin) }));
  return useQuery({
    queryKey: queryKeys.umsetzung.kommune(key),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/kommunen/{ags}/umsetzungsstand', {
          params: { path: { ags: key.value.ags }, query: { reifegradMin: key.value.reifegradMin } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useKommuneBasiskomponenten(ags: MaybeRefOrGetter<string>) {
  const api = useApiClient();
  const key = computed(() => toValue(ags));
  return useQuery({
    queryKey: queryKeys.umsetzung.kommuneBasiskomponenten(key),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/kommunen/{ags}/basiskomponenten', { params: { path: { ags: key.value } }, signal }),
      ),
  });
}

export type LeistungUmsetzungQuery = QueryOf<'/api/v1/leistungen/{ozgId}/umsetzungsstand'>;

/** Where a Leistung is online: the responsible Kommunen (filtered, paged) and the figures for NRW. */
export function useLeistungUmsetzung(
  ozgId: MaybeRefOrGetter<number>,
  query: MaybeRefOrGetter<LeistungUmsetzungQuery>,
) {
  const api = useApiClient();
  const key = computed(() => ({ ozgId: toValue(ozgId), query: toValue(query) }));
  return useQuery({
    queryKey: queryKeys.umsetzung.leistung(key),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/leistungen/{ozgId}/umsetzungsstand', {
          params: { path: { ozgId: key.value.ozgId }, query: key.value.query },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useZustaendigkeit(ozgId: MaybeRefOrGetter<number>) {
  const api = useApiClient();
  const key = computed(() => toValue(ozgId));
  return useQuery({
    queryKey: queryKeys.umsetzung.zustaendigkeit(key),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/leistungen/{ozgId}/zustaendigkeit', {
          params: { path: { ozgId: key.value } },
          signal,
        }),
      ),
  });
}

export type MatrixQuery = QueryOf<'/api/v1/statistik/basiskomponenten'>;

export function useAnschlussMatrix(query: MaybeRefOrGetter<MatrixQuery>) {
  const api = useApiClient();
  const params = computed(() => toValue(query));
  return useQuery({
    queryKey: queryKeys.umsetzung.matrix(params),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/statistik/basiskomponenten', { params: { query: params.value }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** One Kommune × Leistung entry, to edit it (its `version` is the ETag for If-Match). */
export function useEintrag(ags: MaybeRefOrGetter<string>, ozgId: MaybeRefOrGetter<number>) {
  const api = useApiClient();
  const key = computed(() => ({ ags: toValue(ags), ozgId: toValue(ozgId) }));
  return useQuery({
    queryKey: queryKeys.umsetzung.eintrag(key),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/kommunen/{ags}/umsetzungsstand/{ozgId}', {
          params: { path: { ags: key.value.ags, ozgId: key.value.ozgId } },
          signal,
        }),
      ),
    staleTime: 0,
  });
}
