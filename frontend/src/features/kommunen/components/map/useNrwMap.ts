import { useQuery } from '@tanstack/vue-query';
import { computed, type Ref } from 'vue';
import type { RouteLocationRaw } from 'vue-router';
import { queryKeys, useApiClient } from '@/api';
import { patternParam, textParam, useUrlQuery } from '@/composables/useUrlQuery';
import { formatNumber } from '@/lib/format';
import { useGebiete } from '@/features/kommunen/api/gebiete';
import { useBoundaries, type Boundaries } from '@/features/kommunen/api/boundaries';
import { NO_VALUE, PROZENT_SKALA, classColors } from './colors';
import type { MapEbene, MapFigure } from './figures';
import {
  classBreaks,
  classOf,
  focusRegion,
  levelLabel,
  regionsOf,
  resolveView,
  targetOf,
  type MapItem,
  type MapView,
} from './model';

/** The map's place in the URL of the page that shows it: ?bezirk=053&kreis=05382&kennzahl=einwohnerJeKm2 */
export const mapUrlSchema = {
  bezirk: patternParam(/^05\d$/),
  kreis: patternParam(/^05\d{3}$/),
  kennzahl: textParam,
};

function viewBoxOf(boundaries: Boundaries, keys: readonly string[]): string {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const key of keys) {
    const b = boundaries.shapes.get(key)?.bounds;
    if (!b) continue;
    [x0, y0, x1, y1] = [
      Math.min(x0, b[0][0]),
      Math.min(y0, b[0][1]),
      Math.max(x1, b[1][0]),
      Math.max(y1, b[1][1]),
    ];
  }
  if (!Number.isFinite(x0)) return `0 0 ${boundaries.width} ${boundaries.height}`;
  const pad = Math.max(x1 - x0, y1 - y0) * 0.04;
  return [x0 - pad, y0 - pad, x1 - x0 + 2 * pad, y1 - y0 + 2 * pad].map((v) => v.toFixed(1)).join(' ');
}

export function useNrwMap(figures: Ref<readonly MapFigure[]>) {
  const api = useApiClient();
  const url = useUrlQuery(mapUrlSchema);
  // the finer levels load only when the URL opens them (a Bezirk: its Kreise; a Kreis: its Gemeinden)
  const gebiete = useGebiete(() => ({
    kreise: url.state.value.bezirk !== undefined || url.state.value.kreis !== undefined,
    gemeinden: url.state.value.kreis !== undefined,
  }));
  const boundaries = useBoundaries();

  const figure = computed(
    () => figures.value.find((f) => f.id === url.state.value.kennzahl) ?? figures.value[0],
  );

  const view = computed<MapView>(() =>
    gebiete.data.value
      ? resolveView(gebiete.data.value, url.state.value.bezirk, url.state.value.kreis)
      : { level: 'land' },
  );
  const regions = computed(() => (gebiete.data.value ? regionsOf(gebiete.data.value, view.value) : []));
  const focus = computed(() =>
    gebiete.data.value ? focusRegion(gebiete.data.value, view.value) : undefined,
  );
  const ebene = computed<MapEbene>(() =>
    view.value.level === 'land' ? 'regierungsbezirk' : view.value.level === 'bezirk' ? 'kreis' : 'gemeinde',
  );
  const values = useQuery({
    queryKey: queryKeys.kartenwerte.of(computed(() => `${figure.value?.id ?? ''}:${ebene.value}`)),
    queryFn: ({ signal }) => {
      const g = gebiete.data.value;
      if (!g || !figure.value) throw new Error('Gebiete fehlen');
      return figure.value.load({ api, gebiete: g, ebene: ebene.value, signal });
    },
    enabled: computed(() => gebiete.data.value !== undefined && figure.value !== undefined),
  });

  /** Shares on the fixed scale 0–100 %, other figures in classes of equal counts of the regions shown. */
  const breaks = computed<readonly number[]>(() => {
    if (figure.value?.prozent) return PROZENT_SKALA.breaks;
    const v = values.data.value;
    return v
      ? classBreaks(regions.value.map((r) => v.get(r.key)).filter((x): x is number => x !== undefined))
      : [];
  });
  const colors = computed<readonly string[]>(() =>
    figure.value?.prozent ? PROZENT_SKALA.colors : classColors(breaks.value.length + 1),
  );
  /** The lowest and highest value shown, for the legend: where the regions lie on the scale. */
  const spanne = computed(() => {
    const v = values.data.value;
    const shown = v ? regions.value.map((r) => v.get(r.key)).filter((x): x is number => x !== undefined) : [];
    return shown.length ? { min: Math.min(...shown), max: Math.max(...shown) } : undefined;
  });

  function linkFor(view: MapView): RouteLocationRaw {
    const kennzahl = url.state.value.kennzahl;
    if (view.level === 'land') return url.linkTo({ bezirk: undefined, kreis: undefined, kennzahl });
    if (view.level === 'bezirk') return url.linkTo({ bezirk: view.bezirk, kreis: undefined, kennzahl });
    return url.linkTo({ bezirk: view.bezirk, kreis: view.kreis, kennzahl });
  }

  const items = computed<MapItem[]>(() => {
    const v = values.data.value;
    const f = figure.value;
    return regions.value.map((region) => {
      const value = v?.get(region.key);
      const valueText = value === undefined || !f ? 'keine Angabe' : formatNumber(value, f.decimals);
      const target = targetOf(region);
      const to = target.kind === 'drill' ? linkFor(target.view) : `/kommunen/${target.ags}`;
      const actionText =
        region.kind === 'bezirk'
          ? 'Kreise anzeigen'
          : region.kind === 'kreis'
            ? 'Gemeinden anzeigen'
            : 'Profil öffnen';
      return {
        region,
        to,
        fill: value === undefined ? NO_VALUE : (colors.value[classOf(value, breaks.value)] ?? NO_VALUE),
        label: `${region.name}, ${f?.label ?? 'Wert'}: ${valueText}. ${actionText}`,
        valueText,
        actionText,
      };
    });
  });

  const title = computed(() => {
    if (!gebiete.data.value) return 'Nordrhein-Westfalen';
    const labels = levelLabel(view.value);
    const where = focus.value?.name ?? 'Nordrhein-Westfalen';
    return `${where}: ${regions.value.length} ${regions.value.length === 1 ? labels.one : labels.many}`;
  });

  const breadcrumb = computed(() => {
    const g = gebiete.data.value;
    const v = view.value;
    const crumbs: { label: string; to?: RouteLocationRaw }[] = [
      { label: 'Nordrhein-Westfalen', to: v.level === 'land' ? undefined : linkFor({ level: 'land' }) },
    ];
    if (g && v.level !== 'land') {
      const bezirk = g.bezirke.find((b) => b.key === v.bezirk);
      crumbs.push({
        label: bezirk?.name ?? v.bezirk,
        to: v.level === 'kreis' ? linkFor({ level: 'bezirk', bezirk: v.bezirk }) : undefined,
      });
    }
    if (v.level === 'kreis') crumbs.push({ label: focus.value?.name ?? v.kreis });
    return crumbs;
  });

  const viewBox = computed(() =>
    boundaries.data.value
      ? viewBoxOf(
          boundaries.data.value,
          regions.value.map((r) => r.key),
        )
      : '0 0 1000 968',
  );
  const context = computed(() =>
    view.value.level === 'land' ? [] : (gebiete.data.value?.kreise.map((k) => k.key) ?? []),
  );

  const error = computed(() => gebiete.error.value ?? boundaries.error.value ?? values.error.value);
  const ready = computed(() =>
    gebiete.data.value && boundaries.data.value && values.data.value
      ? { boundaries: boundaries.data.value }
      : undefined,
  );
  function retry() {
    if (gebiete.error.value) gebiete.refetch();
    if (boundaries.error.value) void boundaries.refetch();
    if (values.error.value) void values.refetch();
  }
  function selectFigure(id: string) {
    return url.update({ kennzahl: id });
  }

  return {
    url,
    figure,
    view,
    ebene,
    focus,
    items,
    breaks,
    colors,
    spanne,
    title,
    breadcrumb,
    viewBox,
    context,
    error,
    ready,
    retry,
    selectFigure,
  };
}
