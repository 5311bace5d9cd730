import { keepPreviousData, useQuery } from '@tanstack/vue-query';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { queryKeys, unwrap, useApiClient, type QueryOf } from '@/api';

export type OrganisationenQuery = QueryOf<'/api/v1/organisationen'>;

export function useOrganisationen(query: MaybeRefOrGetter<OrganisationenQuery>) {
  const api = useApiClient();
  const params = computed(() => toValue(query));
  return useQuery({
    queryKey: queryKeys.organisationen(params),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/organisationen', { params: { query: params.value }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** How many Organisationen there are of each kind, for the same search `q` as the list. */
export function useOrganisationTypen(q: MaybeRefOrGetter<string | undefined>) {
  const api = useApiClient();
  const key = computed(() => toValue(q));
  return useQuery({
    queryKey: queryKeys.organisationTypen(key),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/organisationstypen', {
          params: { query: key.value ? { q: key.value } : {} },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useOrganisation(id: MaybeRefOrGetter<string>) {
  const api = useApiClient();
  const key = computed(() => toValue(id));
  return useQuery({
    queryKey: queryKeys.organisation(key),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/organisationen/{id}', { params: { path: { id: key.value } }, signal })),
  });
}
