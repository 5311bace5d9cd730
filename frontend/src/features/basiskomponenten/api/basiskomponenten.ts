import { useQuery } from '@tanstack/vue-query';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { queryKeys, unwrap, useApiClient } from '@/api';

export function useBasiskomponente(id: MaybeRefOrGetter<string>) {
  const api = useApiClient();
  const key = computed(() => toValue(id));
  return useQuery({
    queryKey: queryKeys.basiskomponente(key),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/basiskomponenten/{id}', { params: { path: { id: key.value } }, signal })),
  });
}
