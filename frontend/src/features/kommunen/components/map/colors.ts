/**
 * Sequential palette from KERN's dark blue scale (100, 300, 500, 700, 950 in sRGB), light to dark, with
 * clear steps of lightness; the table below the map gives every value as text (WCAG 1.4.1 and 1.4.11).
 */
const PALETTE = ['#d8e1f4', '#97afe1', '#5174c5', '#2044aa', '#06005d'] as const;
export const NO_VALUE = '#eceef3';

/** Colours for `count` classes, spread over the palette so that few classes still differ strongly. */
export function classColors(count: number): string[] {
  if (count <= 1) return [PALETTE[2]];
  return Array.from(
    { length: count },
    (_, i) => PALETTE[Math.round((i * (PALETTE.length - 1)) / (count - 1))] ?? NO_VALUE,
  );
}
