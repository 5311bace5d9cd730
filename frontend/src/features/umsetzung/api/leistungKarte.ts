import { unwrap } from '@/api';
import type { KartenKennzahl } from './kartenKennzahl';

/**
 * The map of one Leistung: per area the share (in %) of the Kommunen responsible for it there that offer it
 * online from Reifegrad `reifegradMin` on. A Gemeinde that is not responsible has no value.
 */
export function leistungKennzahl(ozgId: number, reifegradMin: number): KartenKennzahl {
  return {
    id: `stand-r${reifegradMin}`,
    label: `Anteil der zuständigen Kommunen online (Reifegrad ≥ ${reifegradMin}) in %`,
    decimals: 0,
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
