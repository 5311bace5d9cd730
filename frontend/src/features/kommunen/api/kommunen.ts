import { keepPreviousData, useQuery } from '@tanstack/vue-query';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { queryKeys, unwrap, useApiClient, type QueryOf } from '@/api';

export type KommunenQuery = QueryOf<'/api/v1/kommunen'>;

export function useKommunen(query: MaybeRefOrGetter<KommunenQuery>) {
  const api = useApiClient();
  const params = computed(() => toValue(query));
  return useQuery({
    queryKey: queryKeys.kommunen.list(params),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/kommunen', { params: { query: params.value }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useKommune(ags: MaybeRefOrGetter<string>) {
  const api = useApiClient();
  const key = computed(() => toValue(ags));
  return useQuery({
    queryKey: queryKeys.kommune(key),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/kommunen/{ags}', { params: { path: { ags: key.value } }, signal })),
  });
}
