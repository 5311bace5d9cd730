import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/vue-query';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import {
  etagOf,
  queryKeys,
  unwrap,
  unwrapEmpty,
  useApiClient,
  type ApiClient,
  type QueryOf,
  type Schemas,
} from '@/api';

export type ProjektDetail = Schemas['ProjektDetail'];
export type ProjekteQuery = QueryOf<'/api/v1/projekte'>;
const ALL = 500;

export function useProjekte(query: MaybeRefOrGetter<ProjekteQuery>) {
  const api = useApiClient();
  const params = computed(() => toValue(query));
  return useQuery({
    queryKey: queryKeys.projekte.list(params),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/projekte', { params: { query: params.value }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export function useProjekt(id: MaybeRefOrGetter<number>) {
  const api = useApiClient();
  const key = computed(() => toValue(id));
  return useQuery({
    queryKey: queryKeys.projekt(key),
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
    qc.setQueryData(queryKeys.projekt(id), fresh);
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
      qc.setQueryData(queryKeys.projekt(p.id), p);
      await Promise.all([
        qc.invalidateQueries({ queryKey: queryKeys.projekte.all }),
        qc.invalidateQueries({ queryKey: queryKeys.aenderungen.all }),
      ]);
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
  workshopAendern: (
    api: ApiClient,
    id: number,
    ifMatch: string,
    { teilId, body }: { teilId: number; body: Schemas['WorkshopEingabe'] },
  ) =>
    unwrap(
      api.PUT('/api/v1/projekte/{id}/workshops/{workshopId}', {
        params: { path: { id, workshopId: teilId }, header: { 'If-Match': ifMatch } },
        body,
      }),
    ),
  entscheidungAendern: (
    api: ApiClient,
    id: number,
    ifMatch: string,
    { teilId, body }: { teilId: number; body: Schemas['EntscheidungEingabe'] },
  ) =>
    unwrap(
      api.PUT('/api/v1/projekte/{id}/entscheidungen/{entscheidungId}', {
        params: { path: { id, entscheidungId: teilId }, header: { 'If-Match': ifMatch } },
        body,
      }),
    ),
  loesungAendern: (
    api: ApiClient,
    id: number,
    ifMatch: string,
    { teilId, body }: { teilId: number; body: Schemas['LoesungEingabe'] },
  ) =>
    unwrap(
      api.PUT('/api/v1/projekte/{id}/loesungen/{loesungId}', {
        params: { path: { id, loesungId: teilId }, header: { 'If-Match': ifMatch } },
        body,
      }),
    ),
  interesse: (api: ApiClient, id: number) =>
    unwrap(api.POST('/api/v1/projekte/{id}/interesse', { params: { path: { id } } })),
};

/**
 * Deletes a project (ADMIN, KOORDINATION of its Themenfeld) with If-Match; its history stays in the log.
 * `aufraeumen` drops it from the cache: called after leaving its page, so that nothing there reads it again.
 */
export function useProjektLoeschen() {
  const api = useApiClient();
  const qc = useQueryClient();
  const mutation = useMutation({
    mutationFn: (p: ProjektDetail) =>
      unwrapEmpty(
        api.DELETE('/api/v1/projekte/{id}', {
          params: { path: { id: p.id }, header: { 'If-Match': etagOf(p.version) } },
        }),
      ),
  });
  async function aufraeumen(id: number) {
    qc.removeQueries({ queryKey: queryKeys.projekt(id) });
    await Promise.all([
      qc.invalidateQueries({ queryKey: queryKeys.projekte.all }),
      qc.invalidateQueries({ queryKey: queryKeys.aenderungen.all }),
    ]);
  }
  return { mutation, aufraeumen };
}

export function useProjektAnlegen() {
  const api = useApiClient();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['ProjektEingabe']) => unwrap(api.POST('/api/v1/projekte', { body })),
    onSuccess: async (p) => {
      qc.setQueryData(queryKeys.projekt(p.id), p);
      await Promise.all([
        qc.invalidateQueries({ queryKey: queryKeys.projekte.all }),
        qc.invalidateQueries({ queryKey: queryKeys.aenderungen.all }),
      ]);
    },
  });
}

export function useKoordination() {
  const api = useApiClient();
  return useQuery({
    queryKey: queryKeys.koordination,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/koordination', { params: { query: { size: ALL } }, signal })),
    select: (p) => p.items,
  });
}

export function useAnsprechstellen() {
  const api = useApiClient();
  return useQuery({
    queryKey: queryKeys.ansprechstellen,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/ansprechstellen', { params: { query: { size: ALL } }, signal })),
    select: (p) => p.items,
  });
}

/** Projects per phase and Themenfeld (start page). */
export function useProjektUebersicht() {
  const api = useApiClient();
  return useQuery({
    queryKey: queryKeys.projekte.uebersicht,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/projekte/uebersicht', { signal })),
    staleTime: 30_000,
  });
}

/** Changes a Gremium (ADMIN, KOORDINATION) with If-Match; every list of Gremien is read again. */
export function useGremiumAendern() {
  const api = useApiClient();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ gremium, body }: { gremium: Schemas['Gremium']; body: Schemas['GremiumEingabe'] }) =>
      unwrap(
        api.PUT('/api/v1/gremien/{id}', {
          params: { path: { id: gremium.id }, header: { 'If-Match': etagOf(gremium.version) } },
          body,
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.stammdaten.of('gremien') }),
  });
}

/** Sets who coordinates a Themenfeld (ADMIN, KOORDINATION of it); If-Match "0" while nobody is entered. */
export function useKoordinationSetzen() {
  const api = useApiClient();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ k, body }: { k: Schemas['Koordination']; body: Schemas['KoordinationEingabe'] }) =>
      unwrap(
        api.PUT('/api/v1/themenfelder/{id}/koordination', {
          params: { path: { id: k.themenfeld.id }, header: { 'If-Match': etagOf(k.version ?? 0) } },
          body,
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.koordination }),
  });
}
