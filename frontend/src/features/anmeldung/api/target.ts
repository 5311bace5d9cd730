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
