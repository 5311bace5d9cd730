import { ApiError } from '@/api';

export interface FormError {
  /** The id of the field the error belongs to (for the summary's link), if any. */
  field?: string;
  text: string;
}

/**
 * The server's field errors (`errors[].name`, e.g. `titel` or `teilnahmen[0].rolle`) as form errors: a name
 * the form knows points to its field, any other is listed without a link.
 */
export function serverFieldErrors(error: unknown, fields: Record<string, string>): FormError[] {
  if (!(error instanceof ApiError)) return [];
  return error.invalidParams
    .filter((p) => p.in === 'body' || p.in === 'query' || p.in === 'path' || p.in === '')
    .map((p) => {
      const base = p.name.replace(/^[a-zA-Z]+\./, '').split(/[.[]/)[0] ?? p.name;
      const field = fields[p.name] ?? fields[base];
      return { field, text: field ? p.reason : `${p.name}: ${p.reason}` };
    });
}

/** The error for one field, to show beside it. */
export function errorFor(errors: readonly FormError[], field: string): string | undefined {
  return errors.find((e) => e.field === field)?.text;
}

/** Today as an ISO date in the user's time zone (the API's LocalDate). */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
