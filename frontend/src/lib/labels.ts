import type { components } from '@/api/schema';

type S = components['schemas'];

/** German labels for the API's enums, shared by lists, filters and detail pages. */
export const kommuneTypLabel: Record<S['KommuneTyp'], string> = {
  KREISFREIE_STADT: 'Kreisfreie Stadt',
  KREIS: 'Kreis',
  GROSSE_KREISANGEHOERIGE_STADT: 'Große kreisangehörige Stadt',
  MITTLERE_KREISANGEHOERIGE_STADT: 'Mittlere kreisangehörige Stadt',
  KREISANGEHOERIGE_GEMEINDE: 'Kreisangehörige Gemeinde',
};

export const ebeneLabel: Record<S['Ebene'], string> = {
  GEMEINDE: 'Gemeinde',
  KREIS: 'Kreis',
};

export const organisationTypLabel: Record<S['OrganisationTyp'], string> = {
  IT_DIENSTLEISTER: 'IT-Dienstleister',
  KOMMUNE: 'Kommune',
  KOMMUNALER_DACHVERBAND: 'Kommunaler Dachverband',
  LANDESEINRICHTUNG: 'Landeseinrichtung',
  LANDESMINISTERIUM: 'Landesministerium',
  KOMMUNALER_SPITZENVERBAND: 'Kommunaler Spitzenverband',
};

export const basiskomponenteKategorieLabel: Record<S['BasiskomponenteKategorie'], string> = {
  NUTZERKONTO: 'Nutzerkonto',
  BEZAHLDIENST: 'Bezahldienst',
  PORTAL: 'Portal',
  DATENAUSTAUSCH: 'Datenaustausch',
  FORMULARDIENST: 'Formulardienst',
};

export const betriebsebeneLabel: Record<S['Betriebsebene'], string> = {
  BUND: 'Bund',
  LAND: 'Land',
  BUND_LAENDER: 'Bund und Länder',
  KOMMUNAL: 'Kommunal',
};

/** Options for a <select> from a label record, in the record's order. */
export function optionsOf<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}

export const rolleLabel: Record<S['Rolle'], string> = {
  ADMIN: 'Administration',
  KOORDINATION: 'Koordination',
  REDAKTION: 'Redaktion',
  INTEGRATION: 'Integration',
};

export const phaseLabel: Record<S['Phase'], string> = {
  SICHTUNG: 'Sichtung',
  WORKSHOP: 'Workshop',
  GREMIEN: 'Gremien',
  UMSETZUNG: 'Umsetzung',
  PILOTIERUNG: 'Pilotierung',
  ROLLOUT: 'Rollout',
  BETRIEB: 'Betrieb',
  EINGESTELLT: 'Eingestellt',
};

export const projektStatusLabel: Record<S['ProjektStatus'], string> = {
  AKTIV: 'aktiv',
  PAUSIERT: 'pausiert',
  ABGESCHLOSSEN: 'abgeschlossen',
  EINGESTELLT: 'eingestellt',
};

export const teilnahmeRolleLabel: Record<S['TeilnahmeRolle'], string> = {
  FEDERFUEHREND: 'Federführend',
  MITWIRKEND: 'Mitwirkend',
  PILOT: 'Pilot',
  INTERESSIERT: 'Interessiert',
  NACHNUTZER: 'Nachnutzer',
};

export const efaTypLabel: Record<S['EfaTyp'], string> = {
  EFA_NACHNUTZUNG: 'EfA-Nachnutzung (Leistung eines anderen Landes)',
  EFA_EIGENENTWICKLUNG: 'EfA-Eigenentwicklung',
  KOMMUNALE_GEMEINSCHAFTSLOESUNG: 'Kommunale Gemeinschaftslösung',
  KEIN_EFA: 'Kein EfA',
  OFFEN: 'Noch offen',
};

export const ergebnisLabel: Record<S['Ergebnis'], string> = {
  ZUGESTIMMT: 'zugestimmt',
  ABGELEHNT: 'abgelehnt',
  VERTAGT: 'vertagt',
};

export const workshopFormatLabel: Record<S['WorkshopFormat'], string> = {
  PRAESENZ: 'Präsenz',
  ONLINE: 'Online',
  HYBRID: 'Hybrid',
};

export const nachnutzungStatusLabel: Record<S['NachnutzungStatus'], string> = {
  NUTZT: 'nutzt',
  GEPLANT: 'geplant',
  INTERESSIERT: 'interessiert',
};

export const verbindlichkeitLabel: Record<S['Verbindlichkeit'], string> = {
  ERFORDERLICH: 'erforderlich',
  OPTIONAL: 'optional',
};

export const aktionLabel: Record<S['Aktion'], string> = {
  ERSTELLT: 'angelegt',
  GEAENDERT: 'geändert',
  GELOESCHT: 'gelöscht',
};

export const tokenStatusLabel: Record<S['ApiTokenStatus'], string> = {
  AKTIV: 'aktiv',
  ABGELAUFEN: 'abgelaufen',
  WIDERRUFEN: 'widerrufen',
};

/**
 * The kinds of entry in the change log and the audit trail (`entitaetTyp`, as the backend records them; the
 * contract leaves it a string): the one list behind their names, both filters and the links to an entry.
 * `public`: shown in the public change log; accounts and tokens appear in the audit trail only.
 */
export const ENTITAET_TYPEN = {
  PROJEKT: { label: 'Projekt', plural: 'Projekte', public: true, path: '/projekte/' },
  KOMMUNE: { label: 'Kommune', plural: 'Kommunen', public: true, path: '/kommunen/' },
  LEISTUNG: { label: 'Leistung', plural: 'Leistungen', public: true, path: '/leistungen/' },
  UMSETZUNGSSTAND: { label: 'Umsetzungsstand', plural: 'Umsetzungsstand', public: true },
  BASISKOMPONENTE_ANSCHLUSS: {
    label: 'Anschluss an eine Basiskomponente',
    plural: 'Anschlüsse an Basiskomponenten',
    public: true,
  },
  ZUSTAENDIGKEIT: { label: 'Zuständigkeit', plural: 'Zuständigkeiten', public: true },
  IMPORT: { label: 'Import', plural: 'Importe', public: true },
  TAGESSTAND: { label: 'Tagesstand', plural: 'Tagesstände', public: true },
  GREMIUM: { label: 'Gremium', plural: 'Gremien', public: true },
  KOORDINATION: { label: 'Koordination', plural: 'Koordination', public: true },
  ANSPRECHSTELLE: { label: 'Ansprechstelle', plural: 'Ansprechstellen', public: true },
  DATENSATZ: { label: 'Referenzdaten', plural: 'Referenzdaten', public: true },
  BEISPIELDATEN: { label: 'Beispieldaten', plural: 'Beispieldaten', public: true },
  KONTO: { label: 'Konto', plural: 'Konten', public: false },
  API_TOKEN: { label: 'API-Token', plural: 'API-Tokens', public: false },
} as const satisfies Record<string, { label: string; plural: string; public: boolean; path?: string }>;
export type EntitaetTyp = keyof typeof ENTITAET_TYPEN;

/** The kinds for a filter: all (audit trail) or the public ones (change log). */
export function entitaetTypen(scope: 'all' | 'public'): EntitaetTyp[] {
  return (Object.keys(ENTITAET_TYPEN) as EntitaetTyp[]).filter(
    (t) => scope === 'all' || ENTITAET_TYPEN[t].public,
  );
}

function entitaetTyp(typ: string): (typeof ENTITAET_TYPEN)[EntitaetTyp] | undefined {
  return Object.hasOwn(ENTITAET_TYPEN, typ) ? ENTITAET_TYPEN[typ as EntitaetTyp] : undefined;
}

/** The name of a kind of entry (an unknown one as it is). */
export function entitaetLabel(typ: string): string {
  return entitaetTyp(typ)?.label ?? typ;
}

/** Where an entry can be seen in the dashboard, if it has a page of its own. */
export function entitaetPath(typ: string, id: string): string | undefined {
  const t = entitaetTyp(typ);
  return t && 'path' in t ? `${t.path}${id}` : undefined;
}

/** Field names of the change log, in words (unknown ones stay as they are). */
export const feldLabel: Record<string, string> = {
  titel: 'Titel',
  zusammenfassung: 'Zusammenfassung',
  phase: 'Phase',
  status: 'Status',
  efaTyp: 'EfA',
  teilnahmen: 'Team',
  workshops: 'Workshops',
  entscheidungen: 'Entscheidungen',
  loesungen: 'Lösungen',
  leistungen: 'Leistungen',
  leika: 'LeiKa-Zeilen',
  basiskomponenten: 'Basiskomponenten',
  begruendungRepraesentativitaet: 'Begründung Repräsentativität',
  beginn: 'Beginn',
  endeGeplant: 'Ende geplant',
  links: 'Links',
  themenfeld: 'Themenfeld',
  beispiel: 'Beispiel',
  typ: 'Status',
  typHinweis: 'Hinweis zum Status',
  typAbgeleitet: 'Status abgeleitet',
  fachaemter: 'Fachämter',
  fachaemterGepflegt: 'Fachämter gepflegt',
  geaenderteZeilen: 'Geänderte Zeilen',
  stand: 'Stand',
  version: 'Version',
  anzahl: 'Anzahl',
  umsetzungsstand: 'Umsetzungsstände',
  anschluesse: 'Anschlüsse an Basiskomponenten',
  tagesstaende: 'Tagesstände',
  tage: 'Tage',
  datum: 'Datum',
  kommunen: 'Kommunen',
  kennzahlen: 'Kennzahlen',
  reifegrad: 'Reifegrad',
  reifegradMin: 'Reifegrad ab',
  url: 'Adresse',
  onlineSeit: 'Online seit',
  quelle: 'Quelle',
  geplantAb: 'Geplant ab',
  neu: 'neu',
  geaendert: 'geändert',
  unveraendert: 'unverändert',
  fehlerhaft: 'fehlerhaft',
  geschrieben: 'geschrieben',
  zeilen: 'Zeilen',
  projekte: 'Projekte',
};
