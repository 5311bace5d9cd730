import type { Schemas } from '@/api';

export const API = 'http://api.test';

export function page<T>(items: T[], page = 0, size = 50, total = items.length) {
  return { items, total, page, size };
}

export const themenfelder: Schemas['Themenfeld'][] = [
  { id: 6, name: 'Familie & Kind', katalogStand: '2019', anzahlLagen: 6, anzahlLeistungen: 37 },
  { id: 9, name: 'Mobilität & Reisen', katalogStand: '2019', anzahlLagen: 4, anzahlLeistungen: 60 },
  {
    id: 14,
    name: 'Unternehmensführung & -entwicklung',
    katalogStand: '2019',
    anzahlLagen: 8,
    anzahlLeistungen: 78,
  },
];

export const lagen: Schemas['Lage'][] = [
  {
    id: 26,
    name: 'Geburt',
    themenfeld: { id: 6, name: 'Familie & Kind' },
    anzahlLeistungen: 11,
    katalogStand: '2019',
  },
  {
    id: 25,
    name: 'Führerschein',
    themenfeld: { id: 9, name: 'Mobilität & Reisen' },
    anzahlLeistungen: 4,
    katalogStand: '2019',
  },
];

export const typisierungen: Schemas['Typisierung'][] = [
  {
    code: '1',
    regelungskompetenz: 'Bund',
    vollzugskompetenz: 'Bund',
    beschreibung: 'Bund regelt und vollzieht.',
    ozgRelevant: true,
  },
  {
    code: '2/3',
    regelungskompetenz: 'Bund',
    vollzugskompetenz: 'Land oder Kommune',
    beschreibung: 'Der Bund regelt, Land oder Kommune vollziehen.',
    ozgRelevant: true,
  },
];

export function leistung(ozgId: number, name: string): Schemas['LeistungSummary'] {
  return {
    ozgId,
    name,
    themenfeld: { id: 9, name: 'Mobilität & Reisen' },
    lage: { id: 25, name: 'Führerschein' },
    typisierungen: ['2/3'],
    anzahlLeika: 3,
    sdg1Relevant: false,
    katalogStand: '2019',
  };
}

export const regierungsbezirke: Schemas['Regierungsbezirk'][] = [
  {
    id: '051',
    name: 'Reg.-Bez. Düsseldorf',
    kurzname: 'Düsseldorf',
    verwaltungssitz: 'Düsseldorf',
    einwohner: 5261157,
    flaecheKm2: 5292.5,
    anzahlKreise: 5,
    anzahlKreisfreieStaedte: 10,
    anzahlGemeinden: 66,
  },
  {
    id: '053',
    name: 'Reg.-Bez. Köln',
    kurzname: 'Köln',
    verwaltungssitz: 'Köln',
    einwohner: 4527594,
    flaecheKm2: 7364.3,
    anzahlKreise: 8,
    anzahlKreisfreieStaedte: 3,
    anzahlGemeinden: 99,
  },
  {
    id: '055',
    name: 'Reg.-Bez. Münster',
    kurzname: 'Münster',
    verwaltungssitz: 'Münster',
    einwohner: 2664280,
    flaecheKm2: 6918.4,
    anzahlKreise: 4,
    anzahlKreisfreieStaedte: 3,
    anzahlGemeinden: 78,
  },
  {
    id: '057',
    name: 'Reg.-Bez. Detmold',
    kurzname: 'Detmold',
    verwaltungssitz: 'Detmold',
    einwohner: 2085331,
    flaecheKm2: 6525.6,
    anzahlKreise: 6,
    anzahlKreisfreieStaedte: 1,
    anzahlGemeinden: 70,
  },
  {
    id: '059',
    name: 'Reg.-Bez. Arnsberg',
    kurzname: 'Arnsberg',
    verwaltungssitz: 'Arnsberg',
    einwohner: 3600754,
    flaecheKm2: 8011.6,
    anzahlKreise: 8,
    anzahlKreisfreieStaedte: 5,
    anzahlGemeinden: 83,
  },
];

export const kreise: Schemas['Kreis'][] = [
  {
    schluessel: '05315',
    name: 'Köln, Stadt',
    kurzname: 'Köln',
    typ: 'KREISFREIE_STADT',
    verwaltungssitz: 'Köln',
    regierungsbezirk: { id: '053', name: 'Köln' },
    anzahlGemeinden: 1,
    einwohner: 1084831,
    flaecheKm2: 405.02,
    kommuneAgs: '05315000',
  },
  {
    schluessel: '05382',
    name: 'Rhein-Sieg-Kreis',
    kurzname: 'Rhein-Sieg-Kreis',
    typ: 'KREIS',
    verwaltungssitz: 'Siegburg',
    regierungsbezirk: { id: '053', name: 'Köln' },
    anzahlGemeinden: 2,
    einwohner: 101000,
    flaecheKm2: 60,
    kommuneAgs: '05382',
  },
];

function gemeinde(
  ags: string,
  kurzname: string,
  einwohner: number,
  flaecheKm2: number,
): Schemas['KommuneSummary'] {
  const kreisfrei = ags === '05315000';
  return {
    ags,
    ars: `${ags.slice(0, 5)}0${ags.slice(5)}${ags.slice(5)}`.slice(0, 12),
    name: `${kurzname}, Stadt`,
    kurzname,
    ebene: 'GEMEINDE',
    typ: kreisfrei ? 'KREISFREIE_STADT' : 'MITTLERE_KREISANGEHOERIGE_STADT',
    typAbgeleitet: !kreisfrei,
    groessenklasse: 'GROSSE_MITTELSTADT',
    kreis: kreisfrei
      ? { schluessel: '05315', name: 'Köln, Stadt' }
      : { schluessel: '05382', name: 'Rhein-Sieg-Kreis' },
    regierungsbezirk: { id: '053', name: 'Köln' },
    einwohner,
    flaecheKm2,
    einwohnerJeKm2: Math.round((einwohner / flaecheKm2) * 10) / 10,
  };
}

export const gemeinden: Schemas['KommuneSummary'][] = [
  gemeinde('05315000', 'Köln', 1084831, 405.02),
  gemeinde('05382060', 'Siegburg', 42049, 23.45),
  gemeinde('05382056', 'Sankt Augustin', 56369, 34.21),
];

export const koeln: Schemas['KommuneDetail'] = {
  ...gemeinden[0]!,
  name: 'Köln, Stadt',
  groessenklasse: 'GROSSSTADT',
  typHinweis: undefined,
  gebietstypAmtlich: 'kreisfreie Stadt',
  einwohnerStichtag: '2022-12-31',
  gebietsstand: '2023-11-30',
  plz: '50667',
  organisationId: 'kommune-05315000',
};

export function ich(overrides: Partial<Schemas['Ich']> = {}): Schemas['Ich'] {
  return {
    benutzername: 'redaktion.koeln',
    anzeigename: 'Redaktion Köln',
    art: 'KONTO',
    rollen: ['REDAKTION'],
    organisation: { id: 'kommune-05315000', name: 'Köln, Stadt' },
    themenfelder: [],
    csrfToken: 'csrf-123',
    mussPasswortAendern: false,
    ...overrides,
  };
}

export function projektSummary(id: number, titel: string, beispiel = true): Schemas['ProjektSummary'] {
  return {
    id,
    titel,
    themenfeld: { id: 9, name: 'Mobilität & Reisen' },
    phase: 'UMSETZUNG',
    status: 'AKTIV',
    efaTyp: 'OFFEN',
    federfuehrend: { id: 'civitec', name: 'civitec', typ: 'IT_DIENSTLEISTER' },
    teamgroesse: 4,
    anzahlLeistungen: 2,
    beispiel,
    geaendertAm: '2026-11-28T10:15:00Z',
  };
}
