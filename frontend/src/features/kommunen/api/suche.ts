import { keepPreviousData, useQuery } from '@tanstack/vue-query';
import { computed, type Ref } from 'vue';
import { queryKeys, unwrap, useApiClient } from '@/api';
import type { Choice } from '@/components/choice';
import { useDebounced } from '@/composables/useDebounced';
import { kommuneTypLabel } from '@/lib/labels';

/**
 * Kommunen by name or AGS as the user types (the API's search: umlauts folded, word beginnings, AGS prefixes),
 * asked once per pause, as choices for a combobox: name, status and AGS, with the share of its Soll online.
 */
export function useKommuneSuche(text: Ref<string>, size = 8) {
  const api = useApiClient();
  const q = useDebounced(computed(() => text.value.trim()));
  const query = computed(() => ({ q: q.value, size }));
  const result = useQuery({
    queryKey: queryKeys.kommunen.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/kommunen', { params: { query: query.value }, signal })),
    enabled: computed(() => q.value.length >= 2),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const choices = computed<Choice[]>(() =>
    q.value.length < 2
      ? []
      : (result.data.value?.items ?? []).map((k) => ({
          value: k.ags,
          label: k.name,
          detail: `${kommuneTypLabel[k.typ]}, AGS ${k.ags}${
            k.anteilOnline != null
              ? ` – ${(k.anteilOnline * 100).toLocaleString('de-DE', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} % online`
              : ''
          }`,
        })),
  );
  return { choices, loading: computed(() => result.isFetching.value && q.value.length >= 2) };
}
