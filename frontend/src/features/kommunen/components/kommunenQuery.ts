import { enumParam, pageParam, patternParam, textParam } from '@/composables/useUrlQuery';

export const KOMMUNE_TYPEN = [
  'KREISFREIE_STADT',
  'KREIS',
  'GROSSE_KREISANGEHOERIGE_STADT',
  'MITTLERE_KREISANGEHOERIGE_STADT',
  'KREISANGEHOERIGE_GEMEINDE',
] as const;

export const KOMMUNEN_SORTS = [
  'name',
  '-name',
  'ags',
  '-einwohner',
  'einwohner',
  '-flaecheKm2',
  '-einwohnerJeKm2',
  '-anteilOnline',
  'anteilOnline',
] as const;
export type KommunenSort = (typeof KOMMUNEN_SORTS)[number];

export const kommunenSortLabels: Record<KommunenSort, string> = {
  name: 'Name (A–Z)',
  '-name': 'Name (Z–A)',
  ags: 'Gemeindeschlüssel (AGS)',
  '-einwohner': 'Meiste Einwohner zuerst',
  einwohner: 'Wenigste Einwohner zuerst',
  '-flaecheKm2': 'Größte Fläche zuerst',
  '-einwohnerJeKm2': 'Dichteste Besiedlung zuerst',
  '-anteilOnline': 'Höchster Anteil online zuerst',
  anteilOnline: 'Niedrigster Anteil online zuerst',
};

/** /kommunen?q=…&typ=…&ebene=…&kreis=…&regierungsbezirk=…&groessenklasse=…&sort=…&seite=… */
export const kommunenUrlSchema = {
  q: textParam,
  typ: enumParam(KOMMUNE_TYPEN),
  ebene: enumParam(['GEMEINDE', 'KREIS'] as const),
  kreis: patternParam(/^05\d{3}$/),
  regierungsbezirk: patternParam(/^05\d$/),
  groessenklasse: patternParam(/^[A-Z_]{1,40}$/),
  sort: enumParam(KOMMUNEN_SORTS),
  seite: pageParam,
};

export const KOMMUNEN_PAGE_SIZE = 50;
