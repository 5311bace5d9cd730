import { keepPreviousData, useQuery } from '@tanstack/vue-query';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { unwrap, useApiClient, type QueryOf } from '@/api';

/** All rows of small reference collections fit in one page (the API allows 500). */
const ALL = 500;

export function useThemenfelder() {
  const api = useApiClient();
  return useQuery({
    queryKey: ['themenfelder'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/themenfelder', { params: { query: { size: ALL } }, signal })),
    select: (page) => page.items,
  });
}

export function useThemenfeld(id: MaybeRefOrGetter<number>) {
  const api = useApiClient();
  const key = computed(() => toValue(id));
  return useQuery({
    queryKey: ['themenfeld', key],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/themenfelder/{id}', { params: { path: { id: key.value } }, signal })),
  });
}

export function useLagen() {
  const api = useApiClient();
  return useQuery({
    queryKey: ['lagen'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/lagen', { params: { query: { size: ALL } }, signal })),
    select: (page) => page.items,
  });
}

export function useTypisierungen() {
  const api = useApiClient();
  return useQuery({
    queryKey: ['typisierungen'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/typisierungen', { params: { query: { size: ALL } }, signal })),
    select: (page) => page.items,
  });
}

export type LeistungenQuery = QueryOf<'/api/v1/leistungen'>;

/** A page of Leistungen; while the next page loads, the previous one stays on screen. */
export function useLeistungen(query: MaybeRefOrGetter<LeistungenQuery>) {
  const api = useApiClient();
  const params = computed(() => toValue(query));
  return useQuery({
    queryKey: ['leistungen', params],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/leistungen', { params: { query: params.value }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useLeistung(ozgId: MaybeRefOrGetter<number>) {
  const api = useApiClient();
  const key = computed(() => toValue(ozgId));
  return useQuery({
    queryKey: ['leistung', key],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/leistungen/{ozgId}', { params: { path: { ozgId: key.value } }, signal })),
  });
}

export function useLeika(schluessel: MaybeRefOrGetter<string>) {
  const api = useApiClient();
  const key = computed(() => toValue(schluessel));
  return useQuery({
    queryKey: ['leika', key],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/leika/{schluessel}', { params: { path: { schluessel: key.value } }, signal })),
  });
}
