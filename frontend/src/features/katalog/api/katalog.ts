import { keepPreviousData, useQuery } from '@tanstack/vue-query';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { queryKeys, unwrap, useApiClient, type QueryOf } from '@/api';

export function useThemenfeld(id: MaybeRefOrGetter<number>) {
  const api = useApiClient();
  const key = computed(() => toValue(id));
  return useQuery({
    queryKey: queryKeys.themenfeld(key),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/themenfelder/{id}', { params: { path: { id: key.value } }, signal })),
  });
}

export type LeistungenQuery = QueryOf<'/api/v1/leistungen'>;

/** A page of Leistungen; while the next page loads, the previous one stays on screen. */
export function useLeistungen(query: MaybeRefOrGetter<LeistungenQuery>) {
  const api = useApiClient();
  const params = computed(() => toValue(query));
  return useQuery({
    queryKey: queryKeys.leistungen(params),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/leistungen', { params: { query: params.value }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useLeistung(ozgId: MaybeRefOrGetter<number>) {
  const api = useApiClient();
  const key = computed(() => toValue(ozgId));
  return useQuery({
    queryKey: queryKeys.leistung(key),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/leistungen/{ozgId}', { params: { path: { ozgId: key.value } }, signal })),
  });
}

export function useLeika(schluessel: MaybeRefOrGetter<string>) {
  const api = useApiClient();
  const key = computed(() => toValue(schluessel));
  return useQuery({
    queryKey: queryKeys.leika(key),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/leika/{schluessel}', { params: { path: { schluessel: key.value } }, signal })),
  });
}
