import { enumParam, idParam, pageParam, patternParam, textParam } from '@/composables/useUrlQuery';

export const PHASEN = [
  'SICHTUNG',
  'WORKSHOP',
  'GREMIEN',
  'UMSETZUNG',
  'PILOTIERUNG',
  'ROLLOUT',
  'BETRIEB',
  'EINGESTELLT',
] as const;
export const STATUS = ['AKTIV', 'PAUSIERT', 'ABGESCHLOSSEN', 'EINGESTELLT'] as const;
export const ROLLEN = ['FEDERFUEHREND', 'MITWIRKEND', 'PILOT', 'INTERESSIERT', 'NACHNUTZER'] as const;

/** /projekte?q=&themenfeld=&phase=&status=&organisation=&rolle=&basiskomponente=&leistung=&kommune=&sort=&seite= */
export const projekteUrlSchema = {
  q: textParam,
  themenfeld: idParam,
  phase: enumParam(PHASEN),
  status: enumParam(STATUS),
  organisation: patternParam(/^[a-z0-9][a-z0-9-]{0,99}$/),
  rolle: enumParam(ROLLEN),
  basiskomponente: patternParam(/^[a-z0-9][a-z0-9-]{0,99}$/),
  leistung: idParam,
  kommune: patternParam(/^\d{5}(\d{3})?(\d{4})?$/),
  sort: enumParam(['titel', '-geaendertAm', 'phase', '-phase', 'themenfeld'] as const),
  seite: pageParam,
};

export const PROJEKTE_PAGE_SIZE = 25;
