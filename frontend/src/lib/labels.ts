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

/** Entry types of the change feed (entitaetTyp), as far as the dashboard links them. */
export const entitaetLabel: Record<string, string> = {
  LEISTUNG: 'Leistung',
  KOMMUNE: 'Kommune',
  PROJEKT: 'Projekt',
  KONTO: 'Konto',
  API_TOKEN: 'API-Token',
  GREMIUM: 'Gremium',
  KOORDINATION: 'Koordination',
  ANSPRECHSTELLE: 'Ansprechstelle',
  DATENSATZ: 'Referenzdaten',
  BEISPIELDATEN: 'Beispieldaten',
};

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
};
