/**
 * One sequential palette for every map and legend: viridis (perceptually uniform and readable with the common
 * colour vision deficiencies), from light (little) to dark (much). The table beside each map gives every value
 * as text (WCAG 1.4.1 and 1.4.11).
 */
export const VIRIDIS = [
  '#fde725',
  '#b5de2b',
  '#6ece58',
  '#35b779',
  '#1f9e89',
  '#26828e',
  '#31688e',
  '#3e4989',
  '#482878',
  '#440154',
] as const;
export const NO_VALUE = '#eceef3';

/** Colours for `count` classes, spread over the palette so that few classes still differ strongly. */
export function classColors(count: number): string[] {
  if (count <= 1) return [VIRIDIS[4]];
  return Array.from(
    { length: count },
    (_, i) => VIRIDIS[Math.round((i * (VIRIDIS.length - 1)) / (count - 1))] ?? NO_VALUE,
  );
}

/**
 * A share in per cent always on the same fixed scale, 0 to 100 % in ten steps of ten points, so that the same
 * share has the same colour on every map and a narrow range (37.5–41.8 %) does not look like a wide one.
 */
export const PROZENT_SKALA = {
  breaks: [10, 20, 30, 40, 50, 60, 70, 80, 90],
  colors: [...VIRIDIS],
} as const;
