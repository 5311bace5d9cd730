import type { MaybeRef } from 'vue';

/**
 * Every query key of the dashboard, by API resource. A key starts with its resource, so a write invalidates
 * every view of what it changed (`queryKeys.umsetzung.all`) without knowing their parameters, and two screens
 * that read the same thing share one cache entry. Parameters may be refs: Vue Query follows them.
 */
export const queryKeys = {
  /** Who is signed in (GET /auth/me). Everything else may depend on who asks. */
  session: ['auth', 'me'] as const,

  /** Small reference collections read whole (GET /…?size=500), see useStammdaten. */
  stammdaten: {
    all: ['stammdaten'] as const,
    of: (art: string) => ['stammdaten', art] as const,
  },
  datenquellen: ['datenquellen'] as const,
  kennzahlen: ['kennzahlen'] as const,

  themenfeld: (id: MaybeRef<number>) => ['themenfeld', id] as const,
  leistungen: (query: MaybeRef<object>) => ['leistungen', query] as const,
  leistung: (ozgId: MaybeRef<number>) => ['leistung', ozgId] as const,
  leika: (schluessel: MaybeRef<string>) => ['leika', schluessel] as const,

  kommunen: {
    all: ['kommunen'] as const,
    list: (query: MaybeRef<object>) => ['kommunen', query] as const,
  },
  kommune: (ags: MaybeRef<string>) => ['kommune', ags] as const,
  /** All 396 Gemeinden with their figures, for the map's finest level (Bezirke and Kreise: stammdaten). */
  gebiete: ['gebiete'] as const,
  grenzen: (url: string) => ['grenzen', url] as const,
  /** The values of one map figure per area; every figure that rests on the Umsetzungsstand starts so. */
  kartenwerte: {
    all: ['kartenwerte'] as const,
    of: (figure: MaybeRef<string | undefined>) => ['kartenwerte', figure] as const,
  },

  organisationen: (query: MaybeRef<object>) => ['organisationen', query] as const,
  /** How many Organisationen of each kind (for the list's tabs), to a search `q`. */
  organisationTypen: (q: MaybeRef<string | undefined>) => ['organisationen', 'typen', q] as const,
  organisation: (id: MaybeRef<string>) => ['organisation', id] as const,
  basiskomponente: (id: MaybeRef<string>) => ['basiskomponente', id] as const,

  projekte: {
    all: ['projekte'] as const,
    list: (query: MaybeRef<object>) => ['projekte', 'liste', query] as const,
    uebersicht: ['projekte', 'uebersicht'] as const,
    /** The projects of an organisation, Kommune, Themenfeld, Leistung or Basiskomponente. */
    von: (von: MaybeRef<object>) => ['projekte', 'von', von] as const,
  },
  /** One project; apart from the lists, since a write puts its answer here directly. */
  projekt: (id: MaybeRef<number>) => ['projekt', id] as const,
  koordination: ['koordination'] as const,
  ansprechstellen: ['ansprechstellen'] as const,

  /** The change log: the public feed, each entry's history and the "Stand" of the footer. */
  aenderungen: {
    all: ['aenderungen'] as const,
    feed: (query: MaybeRef<object>) => ['aenderungen', 'feed', query] as const,
    historie: (von: MaybeRef<object>) => ['aenderungen', 'historie', von] as const,
    stand: ['aenderungen', 'stand'] as const,
  },

  umsetzung: {
    all: ['umsetzung'] as const,
    kommune: (key: MaybeRef<object>) => ['umsetzung', 'kommune', key] as const,
    kommuneBasiskomponenten: (ags: MaybeRef<string>) =>
      ['umsetzung', 'kommune-basiskomponenten', ags] as const,
    leistung: (key: MaybeRef<object>) => ['umsetzung', 'leistung', key] as const,
    zustaendigkeit: (ozgId: MaybeRef<number>) => ['umsetzung', 'zustaendigkeit', ozgId] as const,
    matrix: (query: MaybeRef<object>) => ['umsetzung', 'matrix', query] as const,
    eintrag: (key: MaybeRef<object>) => ['umsetzung', 'eintrag', key] as const,
  },
  statistik: {
    all: ['statistik'] as const,
    of: (art: string, query: MaybeRef<unknown>) => ['statistik', art, query] as const,
  },
  importe: (id: MaybeRef<number | undefined>) => ['importe', id] as const,

  admin: {
    all: ['admin'] as const,
    konten: (page: MaybeRef<number>) => ['admin', 'konten', page] as const,
    tokens: (page: MaybeRef<number>) => ['admin', 'tokens', page] as const,
    audit: (query: MaybeRef<object>) => ['admin', 'audit', query] as const,
  },
};

/** Whether a query depends on who asks (everything but the session itself): reloaded after sign-in and -out. */
export function dependsOnSession(query: { queryKey: readonly unknown[] }): boolean {
  return query.queryKey[0] !== queryKeys.session[0];
}
