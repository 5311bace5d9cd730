import { enumParam, idParam, pageParam, patternParam, textParam } from '@/composables/useUrlQuery';

export const LEISTUNGEN_SORTS = [
  'name',
  '-name',
  'ozgId',
  '-ozgId',
  'themenfeld',
  '-anzahlLeika',
  'anzahlLeika',
  '-anteilOnline',
  'anteilOnline',
] as const;
export type LeistungenSort = (typeof LEISTUNGEN_SORTS)[number];

export const sortLabels: Record<LeistungenSort, string> = {
  name: 'Name (A–Z)',
  '-name': 'Name (Z–A)',
  ozgId: 'OZG-ID (aufsteigend)',
  '-ozgId': 'OZG-ID (absteigend)',
  themenfeld: 'Themenfeld',
  '-anzahlLeika': 'Meiste LeiKa-Leistungen zuerst',
  anzahlLeika: 'Wenigste LeiKa-Leistungen zuerst',
  '-anteilOnline': 'Am häufigsten online zuerst',
  anteilOnline: 'Am seltensten online zuerst',
};

/** The Leistungen view's state in the URL: /leistungen?q=…&themenfeld=…&lage=…&typisierung=…&sort=…&seite=… */
export const leistungenUrlSchema = {
  q: textParam,
  themenfeld: idParam,
  lage: idParam,
  typisierung: patternParam(/^[0-9]{1,2}(\/[0-9]{1,2})?$/),
  sort: enumParam(LEISTUNGEN_SORTS),
  seite: pageParam,
};

export const LEISTUNGEN_PAGE_SIZE = 20;
