import { useQuery } from '@tanstack/vue-query';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { queryKeys, unwrap, useApiClient, type ApiClient } from '@/api';
import { useStammdaten, type Stammdatum } from '@/composables/useStammdaten';
import type { Gebiete, Region } from '../components/map/model';

const byName = (a: Region, b: Region) => a.name.localeCompare(b.name, 'de');

function bezirk(b: Stammdatum<'regierungsbezirke'>): Region {
  return {
    key: b.id,
    name: `Regierungsbezirk ${b.kurzname}`,
    kind: 'bezirk',
    bezirk: b.id,
    einwohner: b.einwohner,
    flaecheKm2: b.flaecheKm2,
  };
}

function kreis(k: Stammdatum<'kreise'>): Region {
  return {
    key: k.schluessel,
    name: k.typ === 'KREISFREIE_STADT' ? `${k.kurzname} (kreisfreie Stadt)` : k.name,
    kind: k.typ === 'KREISFREIE_STADT' ? 'kreisfreie-stadt' : 'kreis',
    bezirk: k.regierungsbezirk.id,
    kreis: k.schluessel,
    einwohner: k.einwohner,
    flaecheKm2: k.flaecheKm2,
    kommuneAgs: k.kommuneAgs,
  };
}

async function gemeinden(api: ApiClient, signal?: AbortSignal): Promise<Region[]> {
  const page = await unwrap(
    api.GET('/api/v1/kommunen', { params: { query: { ebene: 'GEMEINDE', size: 500 } }, signal }),
  );
  return page.items
    .map<Region>((g) => ({
      key: g.ags,
      name: g.kurzname,
      kind: 'gemeinde',
      bezirk: g.regierungsbezirk.id,
      kreis: g.kreis.schluessel,
      einwohner: g.einwohner,
      flaecheKm2: g.flaecheKm2,
      kommuneAgs: g.ags,
    }))
    .sort(byName);
}

/**
 * The regions of the map with their names and base figures, one level at a time: the 5 Regierungsbezirke at
 * once, the 53 units of the Kreis level once a Bezirk is opened, all 396 Gemeinden once a Kreis is. The first
 * view of NRW thus asks for one collection only (shared with the filters that list the same reference data).
 */
export function useGebiete(ebenen: MaybeRefOrGetter<{ kreise: boolean; gemeinden: boolean }>) {
  const api = useApiClient();
  const need = computed(() => toValue(ebenen));
  const b = useStammdaten('regierungsbezirke');
  const k = useStammdaten('kreise', { enabled: () => need.value.kreise });
  const g = useQuery({
    queryKey: queryKeys.gebiete,
    queryFn: ({ signal }) => gemeinden(api, signal),
    staleTime: Infinity,
    enabled: computed(() => need.value.gemeinden),
  });
  const bezirke = computed(() => b.data.value?.map(bezirk).sort(byName));
  const kreiseRegionen = computed(() => k.data.value?.map(kreis).sort(byName));
  const data = computed<Gebiete | undefined>(() => {
    if (!bezirke.value) return undefined;
    if (need.value.kreise && !kreiseRegionen.value) return undefined;
    if (need.value.gemeinden && !g.data.value) return undefined;
    return { bezirke: bezirke.value, kreise: kreiseRegionen.value ?? [], gemeinden: g.data.value ?? [] };
  });
  const queries = [b, k, g];
  return {
    data,
    error: computed(() => queries.find((q) => q.error.value)?.error.value ?? null),
    refetch: () => queries.forEach((q) => q.error.value && void q.refetch()),
  };
}
