import type { Schemas } from '@/api';

export const phaseLabel: Record<Schemas['Phase'], string> = {
  SICHTUNG: 'Sichtung',
  WORKSHOP: 'Workshop',
  GREMIEN: 'Gremien',
  UMSETZUNG: 'Umsetzung',
  PILOTIERUNG: 'Pilotierung',
  ROLLOUT: 'Rollout',
  BETRIEB: 'Betrieb',
  EINGESTELLT: 'eingestellt',
};
