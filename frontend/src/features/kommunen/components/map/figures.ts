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
  /** A share in per cent: coloured on the fixed scale 0–100 %, not by the spread of the values shown. */
  readonly prozent?: boolean;
  /**
   * The values of one level by region key (Regierungsbezirk id, Kreisschlüssel, AGS); regions without a value
   * show as such. Asked for per level, when the map shows it.
   */
  readonly load: (context: {
    api: ApiClient;
    gebiete: Gebiete;
    ebene: MapEbene;
    signal: AbortSignal;
  }) => Promise<ReadonlyMap<string, number>>;
  /** The API address the values of a level come from, for "Herunterladen: CSV, XLSX" under the map's table. */
  readonly quelle?: (ebene: MapEbene) => { path: string; query?: Record<string, string | number> };
}

/** The level of regions a view of the map colours. */
export type MapEbene = 'regierungsbezirk' | 'kreis' | 'gemeinde';

/** Where the Gemeindeverzeichnis figures of a level come from. */
const GEBIETE_QUELLE: Record<MapEbene, { path: string; query?: Record<string, string | number> }> = {
  regierungsbezirk: { path: '/api/v1/regierungsbezirke' },
  kreis: { path: '/api/v1/kreise' },
  gemeinde: { path: '/api/v1/kommunen', query: { ebene: 'GEMEINDE' } },
};

function fromRegions(id: string, label: string, decimals: number, valueOf: (r: Region) => number): MapFigure {
  return {
    id,
    label,
    decimals,
    quelle: (ebene) => GEBIETE_QUELLE[ebene],
    load: ({ gebiete, ebene }) => {
      const values = new Map<string, number>();
      const regions =
        ebene === 'regierungsbezirk'
          ? gebiete.bezirke
          : ebene === 'kreis'
            ? gebiete.kreise
            : gebiete.gemeinden;
      for (const r of regions) {
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
