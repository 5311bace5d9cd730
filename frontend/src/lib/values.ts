import { formatDate, formatNumber } from './format';
import { feldLabel } from './labels';

/**
 * Fields of the change log that hold counts: shown with thousands separators ("12.345"). Other numbers stay as
 * they are, since they may be keys (an OZG-ID 10169 is no "10.169").
 */
const ZAEHLFELDER = new Set([
  'anzahl',
  'umsetzungsstand',
  'anschluesse',
  'tagesstaende',
  'geaenderteZeilen',
  'neu',
  'geaendert',
  'unveraendert',
  'fehlerhaft',
  'geschrieben',
  'zeilen',
  'datensaetze',
]);

/** A JSON value from the audit log (before/after of a field), readable for people; `feld` is its name. */
const ISO_DATUM = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

export function formatValue(value: unknown, feld?: string): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  if (typeof value === 'number') return feld && ZAEHLFELDER.has(feld) ? formatNumber(value) : String(value);
  // dates in German, also inside a value the change log made of several parts ("2026-12-03 Workshop …")
  if (typeof value === 'string')
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value.replace(ISO_DATUM, '$3.$2.$1');
  if (Array.isArray(value)) return value.map((v) => formatValue(v)).join(', ') || '–';
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.name === 'string') return o.name;
    if (typeof o.titel === 'string') return o.titel;
    return Object.entries(o)
      .map(([k, v]) => `${feldLabel[k] ?? k}: ${formatValue(v, k)}`)
      .join('; ');
  }
  return JSON.stringify(value);
}

/** The key of an entry in the change log as people read it: a date in German, a lower-case code in words. */
export function oeffentlicheId(id: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(id)) return formatDate(id);
  if (/^[a-z]+$/.test(id)) return feldLabel[id] ?? id.charAt(0).toUpperCase() + id.slice(1);
  return id;
}

/**
 * A summary from the change log for the public (ISO dates in German): without the server settings some system entries name
 * ("abschaltbar mit DASHBOARD_DEMO_DATA=false"), which are for operators, not readers.
 */
export function oeffentlicheZusammenfassung(text: string): string {
  return text
    .replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, '$3.$2.$1')
    .replace(/[;,]?\s*(?:abschaltbar\s+)?mit\s+[A-Z][A-Z0-9_]{2,}=\S+?(?=[)\s]|$)/g, '')
    .replace(/\(\s*[A-Z][A-Z0-9_]{2,}=[^)]*\)/g, '')
    .replace(/\s+\)/g, ')')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

const dateTime = new Intl.DateTimeFormat('de-DE', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Berlin',
});

/** An ISO timestamp as German date and time (Berlin), e.g. "29.11.2026, 02:15". */
export function formatDateTime(iso: string | undefined | null): string {
  if (!iso) return '–';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
}
