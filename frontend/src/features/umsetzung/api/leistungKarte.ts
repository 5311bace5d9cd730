import { unwrap } from '@/api';
import type { KartenKennzahl } from './kartenKennzahl';

/**
 * The map of one Leistung: per area the share (in %) of the Kommunen responsible for it there that offer it
 * online from Reifegrad `reifegradMin` on. A Gemeinde that is not responsible has no value.
 */
export function leistungKennzahl(ozgId: number, reifegradMin: number): KartenKennzahl {
  return {
    // the Leistung in the id: the map caches its values by figure id
    id: `leistung-${ozgId}-r${reifegradMin}`,
    label: 'Zuständige Kommunen online in %',
    decimals: 0,
    prozent: true,
    quelle: () => ({ path: `/api/v1/leistungen/${ozgId}/umsetzungsstand`, query: { reifegradMin } }),
    load: async ({ api, signal }) => {
      const stand = await unwrap(
        api.GET('/api/v1/leistungen/{ozgId}/umsetzungsstand', {
          params: { path: { ozgId }, query: { reifegradMin, size: 500 } },
          signal,
        }),
      );
      const counts = new Map<string, { zustaendig: number; online: number }>();
      const add = (key: string, online: boolean) => {
        const c = counts.get(key) ?? { zustaendig: 0, online: 0 };
        c.zustaendig += 1;
        if (online) c.online += 1;
        counts.set(key, c);
      };
      for (const k of stand.kommunen.items) {
        const online = k.status === 'ONLINE' && (k.reifegrad ?? 0) >= reifegradMin;
        add(k.kommune.regierungsbezirkId, online);
        add(k.kommune.kreisSchluessel, online);
        if (k.kommune.typ !== 'KREIS') add(k.kommune.ags, online);
      }
      return new Map([...counts].map(([key, c]) => [key, (100 * c.online) / c.zustaendig]));
    },
  };
}

/** The threshold in the figure id of the Leistung's map ("leistung-10169-r3"), which the map keeps in the URL. */
export function schwelleAusKennzahl(id: string | undefined): number | undefined {
  const match = id ? /^leistung-\d+-r([0-4])$/.exec(id) : null;
  return match ? Number(match[1]) : undefined;
}
