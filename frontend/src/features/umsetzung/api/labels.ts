import type { Schemas } from '@/api';

export const statusLabel: Record<Schemas['Umsetzungsstatus'], string> = {
  KEINE_ANGABE: 'keine Angabe',
  NICHT_BEGONNEN: 'nicht begonnen',
  IN_PLANUNG: 'in Planung',
  IN_UMSETZUNG: 'in Umsetzung',
  ONLINE: 'online',
};

export const anschlussLabel: Record<Schemas['Anschlussstatus'], string> = {
  KEINE_ANGABE: 'keine Angabe',
  ANGESCHLOSSEN: 'angeschlossen',
  GEPLANT: 'geplant',
  NICHT_ANGESCHLOSSEN: 'nicht angeschlossen',
};

export const quelleLabel: Record<Schemas['Umsetzungsquelle'], string> = {
  MANUELL: 'Redaktion',
  IMPORT: 'Import',
  BEISPIEL: 'Beispieldaten',
};

/** The thresholds offered for "online": any online entry, or from Reifegrad 1 … 4 (OZG-Reifegradmodell 1.1). */
export const reifegradOptionen = [
  { value: '0', label: 'jeder Online-Eintrag (Reifegrad ≥ 0)' },
  { value: '1', label: 'Reifegrad ≥ 1 (Informationen online)' },
  { value: '2', label: 'Reifegrad ≥ 2 (Formular online)' },
  { value: '3', label: 'Reifegrad ≥ 3 (OZG-konform, vollständig online)' },
  { value: '4', label: 'Reifegrad ≥ 4 (Once-Only)' },
] as const;

export const REIFEGRAD_STANDARD = 2;

/** A share 0…1 as German per cent with one decimal, "–" when there is none (e.g. no Soll). */
export function prozent(anteil: number | undefined | null): string {
  if (anteil === undefined || anteil === null) return '–';
  return `${(anteil * 100).toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
}
