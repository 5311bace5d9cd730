import type { ApiClient } from '@/api';

/**
 * What the map of NRW (feature "kommunen", handed over by the app shell) accepts as a figure. Stated here by
 * shape only, because features do not import each other; TypeScript checks it against the map's MapFigure
 * where the shell passes it on.
 */
export interface KartenRegion {
  readonly key: string;
  readonly kind: 'bezirk' | 'kreis' | 'kreisfreie-stadt' | 'gemeinde';
}
export interface KartenGebiete {
  readonly bezirke: readonly KartenRegion[];
  readonly kreise: readonly KartenRegion[];
  readonly gemeinden: readonly KartenRegion[];
}
export type KartenEbene = 'regierungsbezirk' | 'kreis' | 'gemeinde';
export interface KartenKennzahl {
  readonly id: string;
  readonly label: string;
  readonly decimals: number;
  /** A share in per cent: the map colours it on the fixed scale 0–100 %. */
  readonly prozent?: boolean;
  readonly load: (context: {
    api: ApiClient;
    gebiete: KartenGebiete;
    ebene: KartenEbene;
    signal: AbortSignal;
  }) => Promise<ReadonlyMap<string, number>>;
  readonly quelle?: (ebene: KartenEbene) => { path: string; query?: Record<string, string | number> };
}
