/** Pure model of the drill-down map: which regions a view shows, where each leads, how values are classed. */
import type { RouteLocationRaw } from 'vue-router';

export type RegionKind = 'bezirk' | 'kreis' | 'kreisfreie-stadt' | 'gemeinde';

export interface Region {
  /** Regierungsbezirk id (3 digits), Kreisschlüssel (5) or AGS (8): the key of its shape, too. */
  readonly key: string;
  readonly name: string;
  readonly kind: RegionKind;
  readonly bezirk: string;
  readonly kreis?: string;
  readonly einwohner: number;
  readonly flaecheKm2: number;
  /** Where its profile is (/kommunen/{ags}); none for Regierungsbezirke. */
  readonly kommuneAgs?: string;
}

export interface Gebiete {
  readonly bezirke: readonly Region[];
  readonly kreise: readonly Region[];
  readonly gemeinden: readonly Region[];
}

/** What the map shows: NRW with its 5 Regierungsbezirke, one Bezirk with its Kreise, one Kreis with its Gemeinden. */
export type MapView =
  | { readonly level: 'land' }
  | { readonly level: 'bezirk'; readonly bezirk: string }
  | { readonly level: 'kreis'; readonly bezirk: string; readonly kreis: string };

/** Reads the view from the URL, falling back to the next valid level for unknown keys. */
export function resolveView(gebiete: Gebiete, bezirk?: string, kreis?: string): MapView {
  const k = kreis ? gebiete.kreise.find((r) => r.key === kreis && r.kind === 'kreis') : undefined;
  if (k) return { level: 'kreis', bezirk: k.bezirk, kreis: k.key };
  if (bezirk && gebiete.bezirke.some((r) => r.key === bezirk)) return { level: 'bezirk', bezirk };
  return { level: 'land' };
}

export function regionsOf(gebiete: Gebiete, view: MapView): readonly Region[] {
  switch (view.level) {
    case 'land':
      return gebiete.bezirke;
    case 'bezirk':
      return gebiete.kreise.filter((r) => r.bezirk === view.bezirk);
    case 'kreis':
      return gebiete.gemeinden.filter((r) => r.kreis === view.kreis);
  }
}

/** The region a view zooms into (none for NRW as a whole). */
export function focusRegion(gebiete: Gebiete, view: MapView): Region | undefined {
  if (view.level === 'bezirk') return gebiete.bezirke.find((r) => r.key === view.bezirk);
  if (view.level === 'kreis') return gebiete.kreise.find((r) => r.key === view.kreis);
  return undefined;
}

export type RegionTarget =
  { readonly kind: 'drill'; readonly view: MapView } | { readonly kind: 'open'; readonly ags: string };

/** Regierungsbezirke and Kreise drill down; Gemeinden and kreisfreie Städte open their profile. */
export function targetOf(region: Region): RegionTarget {
  if (region.kind === 'bezirk') return { kind: 'drill', view: { level: 'bezirk', bezirk: region.key } };
  if (region.kind === 'kreis')
    return { kind: 'drill', view: { level: 'kreis', bezirk: region.bezirk, kreis: region.key } };
  return { kind: 'open', ags: region.kommuneAgs ?? region.key };
}

export function levelLabel(view: MapView): { one: string; many: string } {
  if (view.level === 'land') return { one: 'Regierungsbezirk', many: 'Regierungsbezirke' };
  if (view.level === 'bezirk')
    return { one: 'Kreis oder kreisfreie Stadt', many: 'Kreise und kreisfreie Städte' };
  return { one: 'Gemeinde', many: 'Gemeinden' };
}

/**
 * Rounds a class break up to two significant digits, so that the legend reads 25.000 rather than 24.873; up,
 * so that the region whose value set the break stays in its class.
 */
export function niceCeil(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
  return Math.ceil(value / magnitude) * magnitude;
}

/**
 * Upper class breaks by quantiles (equal numbers of regions per class: population is very skewed, equal
 * intervals would paint almost everything in one colour). Up to `classes` classes, fewer for few values.
 */
export function classBreaks(values: readonly number[], classes = 5): number[] {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const n = Math.min(classes, new Set(sorted).size);
  const breaks: number[] = [];
  for (let i = 1; i < n; i++) {
    const b = niceCeil(sorted[Math.floor((i * sorted.length) / n) - 1] ?? 0);
    if (breaks.length === 0 || b > (breaks[breaks.length - 1] ?? -Infinity)) breaks.push(b);
  }
  return breaks;
}

/** Class of a value: 0 for values up to the first break, breaks.length for values above the last. */
export function classOf(value: number, breaks: readonly number[]): number {
  const index = breaks.findIndex((b) => value <= b);
  return index === -1 ? breaks.length : index;
}

/** A region as the map and its table show it. */
export interface MapItem {
  readonly region: Region;
  readonly to: RouteLocationRaw;
  readonly fill: string;
  /** Accessible name of the region's link: name, value and what activating it does. */
  readonly label: string;
  readonly valueText: string;
  readonly actionText: string;
}
