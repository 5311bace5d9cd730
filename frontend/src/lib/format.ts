const integer = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });
const decimalFormats = new Map<number, Intl.NumberFormat>();

/** German number format: 18.139.116; 2.678,5 with `decimals` = 1. */
export function formatNumber(value: number, decimals = 0): string {
  if (decimals === 0) return integer.format(value);
  let format = decimalFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('de-DE', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    decimalFormats.set(decimals, format);
  }
  return format.format(value);
}

/** A share 0…1 in German per cent with one decimal ("41,2 %"); "–" when there is none. */
export function formatAnteil(anteil: number | undefined | null): string {
  return anteil == null ? '–' : `${formatNumber(anteil * 100, 1)} %`;
}

/** An ISO date (2023-11-30) as a German date (30.11.2023); anything else unchanged. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : iso;
}

/** German plural by count: plural(1, 'Leistung', 'Leistungen') = "1 Leistung". */
export function plural(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

/**
 * A long category label in lines of at most `max` characters, broken between words (Chart.js draws an array as
 * lines): on a narrow screen "Unternehmensführung & -entwicklung" is not cut off.
 */
export function zeilen(label: string, max = 20): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && line.length + 1 + word.length > max) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}
