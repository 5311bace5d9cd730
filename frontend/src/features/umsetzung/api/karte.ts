import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { unwrap } from '@/api';
import type { KartenKennzahl } from './kartenKennzahl';
import { REIFEGRAD_STANDARD } from './labels';

export const METRIKEN = ['a', 'b', 'c', 'd'] as const;
export type Metrik = (typeof METRIKEN)[number];

export const metrikName: Record<Metrik, string> = {
  a: 'Anteil des Solls online (a)',
  b: 'Einwohnergewichtete Verfügbarkeit (b)',
  c: 'Strikte Abdeckung (c)',
  d: 'Mindestens eine Kommune (d, Zählweise des Bundes)',
};

/** Short names for the map's figure selector, legend and table header. */
const kurzName: Record<Metrik, string> = {
  a: 'Soll online (a)',
  b: 'Einwohnergewichtet (b)',
  c: 'Strikte Abdeckung (c)',
  d: 'Mind. eine Kommune (d)',
};

/** The figure id on the map: metric and threshold, e.g. "umsetzung-c-r3". */
export function kennzahlId(metrik: Metrik, reifegradMin: number): string {
  return `umsetzung-${metrik}-r${reifegradMin}`;
}

export function parseKennzahl(id: string | undefined): { metrik: Metrik; reifegradMin: number } | undefined {
  const match = id ? /^umsetzung-([abcd])-r([0-4])$/.exec(id) : null;
  return match ? { metrik: match[1] as Metrik, reifegradMin: Number(match[2]) } : undefined;
}

/** A metric of /statistik/regionen as a map figure: the value per area in per cent. */
export function umsetzungKennzahl(metrik: Metrik, reifegradMin: number): KartenKennzahl {
  return {
    id: kennzahlId(metrik, reifegradMin),
    label: `${kurzName[metrik]} in %`,
    decimals: 1,
    prozent: true,
    // one level at a time: the first view of NRW asks for the five Regierungsbezirke only
    load: async ({ api, ebene, signal }) => {
      const antwort = await unwrap(
        api.GET('/api/v1/statistik/regionen', { params: { query: { ebene, metrik, reifegradMin } }, signal }),
      );
      const values = new Map<string, number>();
      for (const w of antwort.werte) if (w.wert != null) values.set(w.schluessel, w.wert * 100);
      return values;
    },
    quelle: (ebene) => ({ path: '/api/v1/statistik/regionen', query: { ebene, metrik, reifegradMin } }),
  };
}

/**
 * The Umsetzungsstand figures for the start page's map. The map keeps only its own parameters in the URL
 * (`kennzahl`, `bezirk`, `kreis`), so the threshold travels inside the figure id; the figures offered are
 * the four metrics at the current threshold. Without `kennzahl`, metric a comes first and is the default.
 */
export function useUmsetzungKarte() {
  const route = useRoute();
  const router = useRouter();
  const aktuell = computed(() => {
    const raw = route.query.kennzahl;
    return parseKennzahl(typeof raw === 'string' ? raw : undefined);
  });
  const reifegrad = computed(() => aktuell.value?.reifegradMin ?? REIFEGRAD_STANDARD);
  const figures = computed(() => METRIKEN.map((m) => umsetzungKennzahl(m, reifegrad.value)));
  /** Whether the map shows an Umsetzungsstand figure (the default) rather than, say, population. */
  const aktiv = computed(() => route.query.kennzahl === undefined || aktuell.value !== undefined);

  function setReifegrad(r: number) {
    const metrik = aktuell.value?.metrik ?? 'a';
    return router.push({ query: { ...route.query, kennzahl: kennzahlId(metrik, r) } });
  }
  return { figures, reifegrad, metrik: computed(() => aktuell.value?.metrik ?? 'a'), aktiv, setReifegrad };
}
