/** Where to go after signing in: only a path inside the dashboard, never another site (open redirect). */
export function safeTarget(raw: unknown): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (
    typeof value !== 'string' ||
    !value.startsWith('/') ||
    value.startsWith('//') ||
    value.startsWith('/\\')
  )
    return '/';
  if (value.startsWith('/anmelden') || value.startsWith('/passwort')) return '/';
  return value;
}

/** An editor's start after signing in, when no other page was asked for. */
export const AUFGABEN = '/aufgaben';

/**
 * Where to go after signing in: the page asked for, else "Meine Aufgaben" – also instead of the public start page,
 * from which the header's link comes.
 */
export function nachAnmeldung(raw: unknown): string {
  const ziel = safeTarget(raw);
  return ziel === '/' ? AUFGABEN : ziel;
}
