/** A JSON value from the audit log (before/after of a field), readable for people. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(formatValue).join(', ') || '–';
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.name === 'string') return o.name;
    if (typeof o.titel === 'string') return o.titel;
    return Object.entries(o)
      .map(([k, v]) => `${k}: ${formatValue(v)}`)
      .join('; ');
  }
  return JSON.stringify(value);
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
