import { useQuery } from '@tanstack/vue-query';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { unwrap, useApiClient } from '@/api';

export function useBasiskomponenten() {
  const api = useApiClient();
  return useQuery({
    queryKey: ['basiskomponenten'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/basiskomponenten', { params: { query: { size: 500 } }, signal })),
    select: (page) => page.items,
  });
}

export function useBasiskomponente(id: MaybeRefOrGetter<string>) {
  const api = useApiClient();
  const key = computed(() => toValue(id));
  return useQuery({
    queryKey: ['basiskomponente', key],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/basiskomponenten/{id}', { params: { path: { id: key.value } }, signal })),
  });
}
