import type { ApiClient } from '@/api';
import type { Gebiete, Region } from './model';

/**
 * A figure the map can colour by. The map is open for figures from elsewhere (e.g. the Umsetzungsstand of a
 * later release): anything of this shape can be passed to <NrwMap :figures>, the app shell composes them.
 */
export interface MapFigure {
  readonly id: string;
  /** Name with unit, e.g. "Einwohner je km²". */
  readonly label: string;
  readonly decimals: number;
  /** The values by region key (Regierungsbezirk id, Kreisschlüssel, AGS); regions without a value show as such. */
  readonly load: (context: {
    api: ApiClient;
    gebiete: Gebiete;
    signal: AbortSignal;
  }) => Promise<ReadonlyMap<string, number>>;
}

function fromRegions(id: string, label: string, decimals: number, valueOf: (r: Region) => number): MapFigure {
  return {
    id,
    label,
    decimals,
    load: ({ gebiete }) => {
      const values = new Map<string, number>();
      for (const r of [...gebiete.bezirke, ...gebiete.kreise, ...gebiete.gemeinden]) {
        const v = valueOf(r);
        if (Number.isFinite(v)) values.set(r.key, v);
      }
      return Promise.resolve(values);
    },
  };
}

/** The figures of the Gemeindeverzeichnis: population, density and area. */
export const defaultMapFigures: readonly MapFigure[] = [
  fromRegions('einwohner', 'Einwohner', 0, (r) => r.einwohner),
  fromRegions('einwohnerJeKm2', 'Einwohner je km²', 1, (r) =>
    r.flaecheKm2 > 0 ? r.einwohner / r.flaecheKm2 : NaN,
  ),
  fromRegions('flaecheKm2', 'Fläche in km²', 1, (r) => r.flaecheKm2),
];
