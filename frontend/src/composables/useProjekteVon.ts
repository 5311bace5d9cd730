import { keepPreviousData, useQuery } from '@tanstack/vue-query';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { queryKeys, unwrap, useApiClient } from '@/api';

export type ProjekteVon =
  | { art: 'organisation'; id: string }
  | { art: 'kommune'; id: string }
  | { art: 'themenfeld'; id: number }
  | { art: 'leistung'; id: number }
  | { art: 'basiskomponente'; id: string };

/** The projects an organisation or Kommune takes part in, or of a Themenfeld (for their detail pages). */
export function useProjekteVon(von: MaybeRefOrGetter<ProjekteVon>, page: MaybeRefOrGetter<number>) {
  const api = useApiClient();
  const key = computed(() => ({ ...toValue(von), page: toValue(page) }));
  return useQuery({
    queryKey: queryKeys.projekte.von(key),
    queryFn: ({ signal }) => {
      const v = key.value;
      const query = { page: v.page, size: 20 };
      switch (v.art) {
        case 'organisation':
          return unwrap(
            api.GET('/api/v1/organisationen/{id}/projekte', {
              params: { path: { id: v.id }, query },
              signal,
            }),
          );
        case 'kommune':
          return unwrap(
            api.GET('/api/v1/kommunen/{ags}/projekte', { params: { path: { ags: v.id }, query }, signal }),
          );
        case 'themenfeld':
          return unwrap(
            api.GET('/api/v1/projekte', {
              params: { query: { ...query, themenfeld: v.id, sort: 'phase' } },
              signal,
            }),
          );
        case 'leistung':
          return unwrap(
            api.GET('/api/v1/projekte', {
              params: { query: { ...query, leistung: v.id, sort: 'phase' } },
              signal,
            }),
          );
        case 'basiskomponente':
          return unwrap(
            api.GET('/api/v1/projekte', {
              params: { query: { ...query, basiskomponente: v.id, sort: 'phase' } },
              signal,
            }),
          );
      }
    },
    placeholderData: keepPreviousData,
  });
}
