import { useQuery } from '@tanstack/vue-query';
import { queryKeys, unwrap, useApiClient, type ApiClient } from '@/api';
import type { Gebiete, Region } from '../components/map/model';

/**
 * The regions of the map with their names and base figures, in three requests: the 5 Regierungsbezirke, the
 * 53 units of the Kreis level and all 396 Gemeinden (one page of up to 500).
 */
export async function fetchGebiete(api: ApiClient, signal?: AbortSignal): Promise<Gebiete> {
  const [bezirke, kreise, gemeinden] = await Promise.all([
    unwrap(api.GET('/api/v1/regierungsbezirke', { params: { query: { size: 500 } }, signal })),
    unwrap(api.GET('/api/v1/kreise', { params: { query: { size: 500 } }, signal })),
    unwrap(api.GET('/api/v1/kommunen', { params: { query: { ebene: 'GEMEINDE', size: 500 } }, signal })),
  ]);
  const byName = (a: Region, b: Region) => a.name.localeCompare(b.name, 'de');
  return {
    bezirke: bezirke.items
      .map<Region>((b) => ({
        key: b.id,
        name: `Regierungsbezirk ${b.kurzname}`,
        kind: 'bezirk',
        bezirk: b.id,
        einwohner: b.einwohner,
        flaecheKm2: b.flaecheKm2,
      }))
      .sort(byName),
    kreise: kreise.items
      .map<Region>((k) => ({
        key: k.schluessel,
        name: k.typ === 'KREISFREIE_STADT' ? `${k.kurzname} (kreisfreie Stadt)` : k.name,
        kind: k.typ === 'KREISFREIE_STADT' ? 'kreisfreie-stadt' : 'kreis',
        bezirk: k.regierungsbezirk.id,
        kreis: k.schluessel,
        einwohner: k.einwohner,
        flaecheKm2: k.flaecheKm2,
        kommuneAgs: k.kommuneAgs,
      }))
      .sort(byName),
    gemeinden: gemeinden.items
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
      .sort(byName),
  };
}

export function useGebiete() {
  const api = useApiClient();
  return useQuery({ queryKey: queryKeys.gebiete, queryFn: ({ signal }) => fetchGebiete(api, signal) });
}
