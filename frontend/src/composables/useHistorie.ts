import { keepPreviousData, useQuery } from '@tanstack/vue-query';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { queryKeys, unwrap, useApiClient, type QueryOf, type Schemas } from '@/api';

export type Aenderung = Schemas['Aenderung'];
export type HistorieVon =
  { art: 'leistung'; id: number } | { art: 'kommune'; id: string } | { art: 'projekt'; id: number };

const SIZE = 20;

/** The public history of one entry (what changed when, without who), newest first, paged. */
export function useHistorie(von: MaybeRefOrGetter<HistorieVon>, page: MaybeRefOrGetter<number>) {
  const api = useApiClient();
  const key = computed(() => ({ ...toValue(von), page: toValue(page) }));
  return useQuery({
    queryKey: queryKeys.aenderungen.historie(key),
    queryFn: ({ signal }) => {
      const v = key.value;
      const query = { page: v.page, size: SIZE };
      switch (v.art) {
        case 'leistung':
          return unwrap(
            api.GET('/api/v1/leistungen/{ozgId}/historie', {
              params: { path: { ozgId: v.id }, query },
              signal,
            }),
          );
        case 'kommune':
          return unwrap(
            api.GET('/api/v1/kommunen/{ags}/historie', { params: { path: { ags: v.id }, query }, signal }),
          );
        case 'projekt':
          return unwrap(
            api.GET('/api/v1/projekte/{id}/historie', { params: { path: { id: v.id }, query }, signal }),
          );
      }
    },
    placeholderData: keepPreviousData,
  });
}

export type AenderungenQuery = QueryOf<'/api/v1/aenderungen'>;

/** The public change feed. */
export function useAenderungen(query: MaybeRefOrGetter<AenderungenQuery>) {
  const api = useApiClient();
  const params = computed(() => toValue(query));
  return useQuery({
    queryKey: queryKeys.aenderungen.feed(params),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/aenderungen', { params: { query: params.value }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}

/** When the data last changed (footer: "Stand"). */
export function useStand() {
  const api = useApiClient();
  return useQuery({
    queryKey: queryKeys.aenderungen.stand,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/stand', { signal })),
    staleTime: 30_000,
  });
}
