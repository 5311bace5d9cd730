import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import type { Schemas } from '@/api';
import { useStatistikUebersicht, useZeitreihe } from './statistik';

export interface Veraenderung {
  /** The day of the stored figure the current one is compared with. */
  readonly datum: string;
  /** Change of the share in percentage points. */
  readonly punkte: number;
}

const TAG_MS = 86_400_000;

/**
 * How the share of the Soll online (metric a) changed: against the last stored Tagesstand, and against the one
 * 30 days before today (or the earliest stored, if the series is shorter). The current value is live, the
 * Tagesstände are the daily snapshots.
 */
export function vergleiche(
  aktuell: number | null | undefined,
  punkte: readonly Schemas['Zeitpunkt'][],
  heute: Date,
): { seitTagesstand?: Veraenderung; seitMonat?: Veraenderung; monatVollstaendig: boolean } {
  if (aktuell == null || punkte.length === 0) return { monatVollstaendig: false };
  const pp = (alt: number | null | undefined) => (alt == null ? undefined : (aktuell - alt) * 100);
  const letzter = punkte[punkte.length - 1];
  const grenze = new Date(heute.getTime() - 30 * TAG_MS).toISOString().slice(0, 10);
  const vorMonat = [...punkte].reverse().find((p) => p.datum <= grenze);
  const basis = vorMonat ?? punkte[0];
  const a = letzter ? pp(letzter.anteil) : undefined;
  const b = basis ? pp(basis.anteil) : undefined;
  return {
    seitTagesstand: letzter && a !== undefined ? { datum: letzter.datum, punkte: a } : undefined,
    seitMonat: basis && b !== undefined && basis !== letzter ? { datum: basis.datum, punkte: b } : undefined,
    monatVollstaendig: vorMonat !== undefined,
  };
}

/** The figure of the start page: the share of the Soll online in NRW now, and its trend. */
export function useNrwTrend(reifegradMin: MaybeRefOrGetter<number>) {
  const uebersicht = useStatistikUebersicht(reifegradMin);
  const reihe = useZeitreihe(() => ({ ebene: 'land', reifegradMin: toValue(reifegradMin) }));
  const a = computed(() => uebersicht.data.value?.metriken.find((m) => m.metrik === 'a'));
  const trend = computed(() => vergleiche(a.value?.wert, reihe.data.value?.punkte ?? [], new Date()));
  return { uebersicht, a, trend };
}
