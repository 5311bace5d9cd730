/**
 * Runtime configuration: the SPA is deployed apart from the backend, so where the API lives is read at start
 * from `config.json` beside index.html (written by scripts/serve.mjs or the nginx image), never built in.
 */
import { inject, type App, type InjectionKey } from 'vue';
import type { OidcConfig } from '@/api/oidc';

/**
 * Who runs this installation, for Impressum and Datenschutzerklärung (DASHBOARD_BETREIBER_*). Each field is
 * optional; the pages say clearly what is not configured.
 */
export interface Betreiber {
  readonly name?: string;
  /** Postal address, one line per array entry. */
  readonly anschrift?: readonly string[];
  /** Who represents the operator (vertretungsberechtigt). */
  readonly vertretung?: string;
  readonly email?: string;
  readonly telefon?: string;
  /** Contact of the data protection officer. */
  readonly datenschutz?: string;
  /** The data protection supervisory authority responsible for the operator. */
  readonly aufsicht?: string;
}

export interface RuntimeConfig {
  /** Absolute base URL of the API, without a trailing slash, e.g. https://api.example.nrw */
  readonly apiBaseUrl: string;
  /** Optional single sign-on: `{ "issuer": "https://…", "clientId": "dashboard-spa", "scope"?: "openid …" }`. */
  readonly oidc?: OidcConfig;
  /** The operator, for Impressum and Datenschutzerklärung; empty when not configured. */
  readonly betreiber?: Betreiber;
}

export const runtimeConfigKey: InjectionKey<RuntimeConfig> = Symbol('RuntimeConfig');

export function provideRuntimeConfig(app: App, config: RuntimeConfig): void {
  app.provide(runtimeConfigKey, config);
}

/** The running app's configuration (in tests without one: no operator configured). */
export function useRuntimeConfig(): RuntimeConfig {
  return inject(runtimeConfigKey, { apiBaseUrl: '' });
}

const BETREIBER_FELDER = ['name', 'vertretung', 'email', 'telefon', 'datenschutz', 'aufsicht'] as const;

/** `betreiber` is optional; unknown or empty fields are left out, a wrong type is an error. */
function parseBetreiber(raw: unknown): Betreiber | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError('config.json: „betreiber“ muss ein Objekt sein.');
  }
  const r = raw as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const feld of BETREIBER_FELDER) {
    const v = r[feld];
    if (v === undefined || v === null || v === '') continue;
    if (typeof v !== 'string') throw new ConfigError(`config.json: „betreiber.${feld}“ muss Text sein.`);
    if (v.trim()) out[feld] = v.trim();
  }
  const anschrift = r.anschrift;
  if (typeof anschrift === 'string' && anschrift.trim())
    out.anschrift = anschrift
      .split(/\n|\|/)
      .map((z) => z.trim())
      .filter(Boolean);
  else if (Array.isArray(anschrift))
    out.anschrift = anschrift.filter((z): z is string => typeof z === 'string' && z.trim() !== '');
  return Object.keys(out).length ? out : undefined;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Validates the parsed content of config.json; relative URLs resolve against the page's own address. */
export function parseRuntimeConfig(raw: unknown, pageUrl: string): RuntimeConfig {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError('config.json enthält kein JSON-Objekt.');
  }
  const { apiBaseUrl, oidc, betreiber } = raw as Record<string, unknown>;
  if (typeof apiBaseUrl !== 'string' || apiBaseUrl.trim() === '') {
    throw new ConfigError('config.json: „apiBaseUrl“ fehlt oder ist leer.');
  }
  let url: URL;
  try {
    url = new URL(apiBaseUrl.trim(), pageUrl);
  } catch {
    throw new ConfigError(`config.json: „apiBaseUrl“ ist keine gültige Adresse: ${apiBaseUrl}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`config.json: „apiBaseUrl“ muss mit http: oder https: beginnen: ${apiBaseUrl}`);
  }
  if (url.search !== '' || url.hash !== '') {
    throw new ConfigError(
      `config.json: „apiBaseUrl“ darf weder Query noch Fragment enthalten: ${apiBaseUrl}`,
    );
  }
  const parsedOidc = parseOidc(oidc);
  const parsedBetreiber = parseBetreiber(betreiber);
  return {
    apiBaseUrl: url.href.replace(/\/+$/, ''),
    ...(parsedOidc ? { oidc: parsedOidc } : {}),
    ...(parsedBetreiber ? { betreiber: parsedBetreiber } : {}),
  };
}

/** `oidc` is optional: absent, null or an empty issuer means no single sign-on. */
function parseOidc(raw: unknown): OidcConfig | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError('config.json: „oidc“ muss ein Objekt sein.');
  }
  const { issuer, clientId, scope } = raw as Record<string, unknown>;
  if (issuer === undefined || issuer === null || issuer === '') return undefined;
  if (typeof issuer !== 'string') throw new ConfigError('config.json: „oidc.issuer“ muss eine Adresse sein.');
  let url: URL;
  try {
    url = new URL(issuer.trim());
  } catch {
    throw new ConfigError(`config.json: „oidc.issuer“ ist keine gültige absolute Adresse: ${issuer}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`config.json: „oidc.issuer“ muss mit http: oder https: beginnen: ${issuer}`);
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new ConfigError(
      `config.json: „oidc.issuer“ darf weder Zugangsdaten, Query noch Fragment enthalten: ${issuer}`,
    );
  }
  if (typeof clientId !== 'string' || clientId.trim() === '') {
    throw new ConfigError('config.json: „oidc.clientId“ fehlt oder ist leer.');
  }
  if (scope !== undefined && scope !== null && typeof scope !== 'string') {
    throw new ConfigError('config.json: „oidc.scope“ muss eine Zeichenkette sein.');
  }
  const scopes = (typeof scope === 'string' ? scope : '').split(/\s+/).filter(Boolean);
  if (!scopes.includes('openid')) scopes.unshift('openid');
  return {
    issuer: url.href.replace(/\/+$/, ''),
    clientId: clientId.trim(),
    scope: scopes.join(' '),
  };
}

export async function loadRuntimeConfig(
  url: string = `${import.meta.env.BASE_URL}config.json`,
  fetchImpl: typeof fetch = fetch,
): Promise<RuntimeConfig> {
  let response: Response;
  try {
    response = await fetchImpl(url, { cache: 'no-store', headers: { Accept: 'application/json' } });
  } catch {
    throw new ConfigError('Die Konfiguration (config.json) konnte nicht geladen werden.');
  }
  if (!response.ok) {
    throw new ConfigError(`Die Konfiguration (config.json) fehlt (Status ${response.status}).`);
  }
  let raw: unknown;
  try {
    raw = await response.json();
  } catch {
    throw new ConfigError('config.json ist kein gültiges JSON.');
  }
  return parseRuntimeConfig(raw, window.location.href);
}
