import { keepPreviousData, useQuery } from '@tanstack/vue-query';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { unwrap, useApiClient, type QueryOf } from '@/api';

const ALL = 500;

export type KommunenQuery = QueryOf<'/api/v1/kommunen'>;

export function useKommunen(query: MaybeRefOrGetter<KommunenQuery>) {
  const api = useApiClient();
  const params = computed(() => toValue(query));
  return useQuery({
    queryKey: ['kommunen', params],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/kommunen', { params: { query: params.value }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useKommune(ags: MaybeRefOrGetter<string>) {
  const api = useApiClient();
  const key = computed(() => toValue(ags));
  return useQuery({
    queryKey: ['kommune', key],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/kommunen/{ags}', { params: { path: { ags: key.value } }, signal })),
  });
}

export function useKreise() {
  const api = useApiClient();
  return useQuery({
    queryKey: ['kreise'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/kreise', { params: { query: { size: ALL } }, signal })),
    select: (page) => page.items,
  });
}

export function useRegierungsbezirke() {
  const api = useApiClient();
  return useQuery({
    queryKey: ['regierungsbezirke'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/regierungsbezirke', { params: { query: { size: ALL } }, signal })),
    select: (page) => page.items,
  });
}

export function useGroessenklassen() {
  const api = useApiClient();
  return useQuery({
    queryKey: ['groessenklassen'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/groessenklassen', { params: { query: { size: ALL } }, signal })),
    select: (page) => page.items,
  });
}
