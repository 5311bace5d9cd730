import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/vue-query';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { etagOf, unwrap, useApiClient, type ApiClient, type QueryOf, type Schemas } from '@/api';

export type ProjektDetail = Schemas['ProjektDetail'];
export type ProjekteQuery = QueryOf<'/api/v1/projekte'>;
const ALL = 500;

export function useProjekte(query: MaybeRefOrGetter<ProjekteQuery>) {
  const api = useApiClient();
  const params = computed(() => toValue(query));
  return useQuery({
    queryKey: ['projekte', params],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/projekte', { params: { query: params.value }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export function useProjekt(id: MaybeRefOrGetter<number>) {
  const api = useApiClient();
  const key = computed(() => toValue(id));
  return useQuery({
    queryKey: ['projekt', key],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/projekte/{id}', { params: { path: { id: key.value } }, signal })),
    staleTime: 0,
  });
}

/** The newest version of a project, read straight from the server (after a 412). */
export function useProjektNeuLaden() {
  const api = useApiClient();
  const qc = useQueryClient();
  return async (id: number): Promise<ProjektDetail> => {
    const fresh = await unwrap(api.GET('/api/v1/projekte/{id}', { params: { path: { id } } }));
    qc.setQueryData(['projekt', id], fresh);
    return fresh;
  };
}

/**
 * Every change of a project or one of its parts sends the version the editor saw as If-Match; the answer is
 * the changed project, which replaces the cached one. A 412 is left to the caller (conflict dialog).
 */
export function useProjektAenderung<V>(
  call: (api: ApiClient, id: number, ifMatch: string, vars: V) => Promise<ProjektDetail>,
) {
  const api = useApiClient();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ projekt, vars }: { projekt: ProjektDetail; vars: V }) =>
      call(api, projekt.id, etagOf(projekt.version), vars),
    onSuccess: async (p) => {
      qc.setQueryData(['projekt', p.id], p);
      await qc.invalidateQueries({
        predicate: (q) =>
          ['projekte', 'projekte-von', 'historie', 'stand', 'aenderungen'].includes(String(q.queryKey[0])),
      });
    },
  });
}

export const aendern = {
  patch: (api: ApiClient, id: number, ifMatch: string, body: Schemas['ProjektPatch']) =>
    unwrap(
      api.PATCH('/api/v1/projekte/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch } }, body }),
    ),
  phase: (api: ApiClient, id: number, ifMatch: string, body: Schemas['PhasenwechselEingabe']) =>
    unwrap(
      api.POST('/api/v1/projekte/{id}/phasenwechsel', {
        params: { path: { id }, header: { 'If-Match': ifMatch } },
        body,
      }),
    ),
  team: (api: ApiClient, id: number, ifMatch: string, body: Schemas['TeamEingabe']) =>
    unwrap(
      api.PUT('/api/v1/projekte/{id}/teilnahmen', {
        params: { path: { id }, header: { 'If-Match': ifMatch } },
        body,
      }),
    ),
  workshop: (api: ApiClient, id: number, ifMatch: string, body: Schemas['WorkshopEingabe']) =>
    unwrap(
      api.POST('/api/v1/projekte/{id}/workshops', {
        params: { path: { id }, header: { 'If-Match': ifMatch } },
        body,
      }),
    ),
  entscheidung: (api: ApiClient, id: number, ifMatch: string, body: Schemas['EntscheidungEingabe']) =>
    unwrap(
      api.POST('/api/v1/projekte/{id}/entscheidungen', {
        params: { path: { id }, header: { 'If-Match': ifMatch } },
        body,
      }),
    ),
  loesung: (api: ApiClient, id: number, ifMatch: string, body: Schemas['LoesungEingabe']) =>
    unwrap(
      api.POST('/api/v1/projekte/{id}/loesungen', {
        params: { path: { id }, header: { 'If-Match': ifMatch } },
        body,
      }),
    ),
  interesse: (api: ApiClient, id: number) =>
    unwrap(api.POST('/api/v1/projekte/{id}/interesse', { params: { path: { id } } })),
};

export function useProjektAnlegen() {
  const api = useApiClient();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['ProjektEingabe']) => unwrap(api.POST('/api/v1/projekte', { body })),
    onSuccess: async (p) => {
      qc.setQueryData(['projekt', p.id], p);
      await qc.invalidateQueries({ queryKey: ['projekte'] });
    },
  });
}

export function useGremien() {
  const api = useApiClient();
  return useQuery({
    queryKey: ['gremien'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/gremien', { params: { query: { size: ALL } }, signal })),
    select: (p) => p.items,
  });
}

export function useKoordination() {
  const api = useApiClient();
  return useQuery({
    queryKey: ['koordination'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/koordination', { params: { query: { size: ALL } }, signal })),
    select: (p) => p.items,
  });
}

export function useAnsprechstellen() {
  const api = useApiClient();
  return useQuery({
    queryKey: ['ansprechstellen'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/ansprechstellen', { params: { query: { size: ALL } }, signal })),
    select: (p) => p.items,
  });
}

/** Choices for filters and forms. */
export function useStammdaten() {
  const api = useApiClient();
  const opt = <T>(key: string, fn: () => Promise<T[]>, map: (t: T) => { value: string; label: string }) => {
    const q = useQuery({ queryKey: ['auswahl', key], queryFn: fn, staleTime: 10 * 60_000 });
    return computed(() => (q.data.value ?? []).map(map));
  };
  return {
    themenfelder: opt(
      'themenfelder',
      async () => (await unwrap(api.GET('/api/v1/themenfelder', { params: { query: { size: ALL } } }))).items,
      (t) => ({ value: String(t.id), label: t.name }),
    ),
    organisationen: opt(
      'organisationen',
      async () =>
        (await unwrap(api.GET('/api/v1/organisationen', { params: { query: { size: ALL } } }))).items,
      (o) => ({ value: o.id, label: o.name }),
    ),
    basiskomponenten: opt(
      'basiskomponenten',
      async () =>
        (await unwrap(api.GET('/api/v1/basiskomponenten', { params: { query: { size: ALL } } }))).items,
      (b) => ({ value: b.id, label: b.name }),
    ),
    gremien: opt(
      'gremien',
      async () => (await unwrap(api.GET('/api/v1/gremien', { params: { query: { size: ALL } } }))).items,
      (g) => ({ value: g.id, label: g.name }),
    ),
  };
}

/** Names of the Größenklassen by code, for the representativeness check. */
export function useGroessenklassenNamen() {
  const api = useApiClient();
  const q = useQuery({
    queryKey: ['groessenklassen'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/groessenklassen', { params: { query: { size: ALL } }, signal })),
    staleTime: 10 * 60_000,
  });
  return computed<Record<string, string>>(() =>
    Object.fromEntries((q.data.value?.items ?? []).map((g) => [g.code, g.name])),
  );
}

/** Projects per phase and Themenfeld (start page). */
export function useProjektUebersicht() {
  const api = useApiClient();
  return useQuery({
    queryKey: ['projekte', 'uebersicht'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/projekte/uebersicht', { signal })),
    staleTime: 30_000,
  });
}
