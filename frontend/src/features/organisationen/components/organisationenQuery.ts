import { enumParam, pageParam, textParam } from '@/composables/useUrlQuery';

export const ORGANISATION_TYPEN = [
  'IT_DIENSTLEISTER',
  'KOMMUNE',
  'KOMMUNALER_DACHVERBAND',
  'LANDESEINRICHTUNG',
  'LANDESMINISTERIUM',
  'KOMMUNALER_SPITZENVERBAND',
] as const;

/** /organisationen?q=…&typ=…&seite=… */
export const organisationenUrlSchema = {
  q: textParam,
  typ: enumParam(ORGANISATION_TYPEN),
  sort: enumParam(['name', '-name', 'typ'] as const),
  seite: pageParam,
};

export const ORGANISATIONEN_PAGE_SIZE = 50;
