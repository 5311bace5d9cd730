import { useQuery } from '@tanstack/vue-query';
import { computed, type ComputedRef, type MaybeRefOrGetter } from 'vue';
import { queryKeys, unwrap, useApiClient, type ApiClient } from '@/api';
import type { Choice } from '@/components/choice';

/** All rows of a small reference collection fit in one page (the API allows 500). */
const ALL = { query: { size: 500 } };

/**
 * Every OZG-Leistung for the pickers of the editor forms (about 580, more than one page of 500): pages are read
 * until the total is reached.
 */
async function alleLeistungen(api: ApiClient, signal?: AbortSignal) {
  const first = await unwrap(api.GET('/api/v1/leistungen', { params: { query: { size: 500 } }, signal }));
  const items = [...first.items];
  for (let page = 1; items.length < first.total && page < 20; page++) {
    const next = await unwrap(
      api.GET('/api/v1/leistungen', { params: { query: { size: 500, page } }, signal }),
    );
    if (next.items.length === 0) break;
    items.push(...next.items);
  }
  return { items };
}

const LOADERS = {
  themenfelder: (api: ApiClient, signal?: AbortSignal) =>
    unwrap(api.GET('/api/v1/themenfelder', { params: ALL, signal })),
  lagen: (api: ApiClient, signal?: AbortSignal) => unwrap(api.GET('/api/v1/lagen', { params: ALL, signal })),
  typisierungen: (api: ApiClient, signal?: AbortSignal) =>
    unwrap(api.GET('/api/v1/typisierungen', { params: ALL, signal })),
  regierungsbezirke: (api: ApiClient, signal?: AbortSignal) =>
    unwrap(api.GET('/api/v1/regierungsbezirke', { params: ALL, signal })),
  kreise: (api: ApiClient, signal?: AbortSignal) =>
    unwrap(api.GET('/api/v1/kreise', { params: ALL, signal })),
  groessenklassen: (api: ApiClient, signal?: AbortSignal) =>
    unwrap(api.GET('/api/v1/groessenklassen', { params: ALL, signal })),
  organisationen: (api: ApiClient, signal?: AbortSignal) =>
    unwrap(api.GET('/api/v1/organisationen', { params: ALL, signal })),
  basiskomponenten: (api: ApiClient, signal?: AbortSignal) =>
    unwrap(api.GET('/api/v1/basiskomponenten', { params: ALL, signal })),
  gremien: (api: ApiClient, signal?: AbortSignal) =>
    unwrap(api.GET('/api/v1/gremien', { params: ALL, signal })),
  fachaemter: (api: ApiClient, signal?: AbortSignal) =>
    unwrap(api.GET('/api/v1/fachaemter', { params: ALL, signal })),
  /** The 396 Gemeinden and 31 Kreise. */
  kommunen: (api: ApiClient, signal?: AbortSignal) =>
    unwrap(api.GET('/api/v1/kommunen', { params: ALL, signal })),
  leistungen: alleLeistungen,
};

/** The reference collections: Themenfelder, Lagen, Gebiete, Größenklassen, Organisationen and the like. */
export type StammdatenArt = keyof typeof LOADERS;
/** One row of a reference collection, e.g. `Stammdatum<'kreise'>` is a Kreis. */
export type Stammdatum<A extends StammdatenArt> = Awaited<ReturnType<(typeof LOADERS)[A]>>['items'][number];
/** A choice of a select, combobox or checkbox list; `detail` (an AGS, an OZG-ID) is shown small and searched. */
export type Option = Choice;

/**
 * A reference collection, read whole once and shared by every page, filter and form that needs it (one cache
 * entry per collection). The answer is the list of rows; `enabled` defers reading until it is needed.
 */
export function useStammdaten<A extends StammdatenArt>(
  art: A,
  { enabled = true }: { enabled?: MaybeRefOrGetter<boolean> } = {},
) {
  const api = useApiClient();
  return useQuery({
    queryKey: queryKeys.stammdaten.of(art),
    queryFn: async ({ signal }) => (await LOADERS[art](api, signal)).items as Stammdatum<A>[],
    enabled,
  });
}

const OPTION: { [A in StammdatenArt]: (row: Stammdatum<A>) => Option } = {
  themenfelder: (t) => ({ value: String(t.id), label: t.name }),
  lagen: (l) => ({ value: String(l.id), label: l.name }),
  typisierungen: (t) => ({
    value: t.code,
    label: `Typ ${t.code}: ${t.regelungskompetenz} regelt, ${t.vollzugskompetenz} vollzieht`,
  }),
  regierungsbezirke: (b) => ({ value: b.id, label: b.name }),
  kreise: (k) => ({ value: k.schluessel, label: k.name }),
  groessenklassen: (g) => ({ value: g.code, label: `${g.name} (${g.beschreibung.replace(/\.$/, '')})` }),
  organisationen: (o) => ({ value: o.id, label: o.name }),
  basiskomponenten: (b) => ({ value: b.id, label: b.name }),
  gremien: (g) => ({ value: g.id, label: g.name }),
  fachaemter: (f) => ({ value: f.id, label: f.name }),
  kommunen: (k) => ({
    value: k.ags,
    label: k.name,
    detail: `AGS ${k.ags}${k.ebene === 'KREIS' ? ' · Kreis' : k.kreis ? ` · ${k.kreis.name}` : ''}`,
  }),
  leistungen: (l) => ({
    value: String(l.ozgId),
    label: l.name,
    detail: `OZG-ID ${l.ozgId} · ${l.themenfeld.name}`,
  }),
};

/**
 * A reference collection as choices for a select (value = the key the API filters by), optionally only the
 * rows that fit, e.g. the Kreise of the chosen Regierungsbezirk. Empty while loading.
 */
export function useChoices<A extends StammdatenArt>(
  art: A,
  fits: (row: Stammdatum<A>) => boolean = () => true,
): ComputedRef<Option[]> {
  const { data } = useStammdaten(art);
  const option = OPTION[art];
  return computed(() => (data.value ?? []).filter(fits).map(option));
}
