import { useQuery } from '@tanstack/vue-query';
import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { ApiError, queryKeys } from '@/api';

/** One region's outline, ready for SVG: path data in the drawing's units, its box and its centre. */
export interface Shape {
  readonly d: string;
  readonly bounds: readonly [[number, number], [number, number]];
  readonly centroid: readonly [number, number];
}

export interface Boundaries {
  readonly width: number;
  readonly height: number;
  /** Keyed by AGS (Gemeinden), Kreisschlüssel (Kreise) and Regierungsbezirk id: the keys never collide. */
  readonly shapes: ReadonlyMap<string, Shape>;
}

type BoundaryTopology = Topology<{
  gemeinden: GeometryCollection;
  kreise: GeometryCollection;
  regierungsbezirke: GeometryCollection;
}> & { meta: { width: number; height: number } };

/** Built by scripts/build-boundaries.mjs; already projected, so the path generator needs no projection. */
export const BOUNDARIES_URL = `${import.meta.env.BASE_URL}geo/verwaltungsgrenzen-nrw.topo.json?v=${__BOUNDARIES_VERSION__}`;

export function toBoundaries(topology: BoundaryTopology): Boundaries {
  const path = geoPath();
  const shapes = new Map<string, Shape>();
  for (const name of ['regierungsbezirke', 'kreise', 'gemeinden'] as const) {
    for (const f of feature(topology, topology.objects[name]).features) {
      shapes.set(String(f.id), { d: path(f) ?? '', bounds: path.bounds(f), centroid: path.centroid(f) });
    }
  }
  return { width: topology.meta.width, height: topology.meta.height, shapes };
}

export async function fetchBoundaries(signal?: AbortSignal): Promise<Boundaries> {
  let response: Response;
  try {
    response = await fetch(new URL(BOUNDARIES_URL, window.location.href), { signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(
      'network',
      'Karte nicht verfügbar',
      'Die Grenzen für die Karte konnten nicht geladen werden.',
    );
  }
  if (!response.ok) {
    throw new ApiError(
      'server',
      'Karte nicht verfügbar',
      `Die Grenzen für die Karte fehlen (Status ${response.status}).`,
      response.status,
    );
  }
  return toBoundaries((await response.json()) as BoundaryTopology);
}

/** Loaded on first use only (the map is the one view that needs the 150 KB of boundaries), then kept. */
export function useBoundaries() {
  return useQuery({
    queryKey: queryKeys.grenzen(BOUNDARIES_URL),
    queryFn: ({ signal }) => fetchBoundaries(signal),
    staleTime: Infinity,
  });
}
