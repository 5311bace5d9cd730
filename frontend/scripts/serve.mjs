#!/usr/bin/env node
// Serves the built SPA (dist/) without dependencies: static files, the SPA fallback to index.html, and
// /config.json written from the environment, since the SPA is deployed apart from the backend.
//
//   API_BASE_URL=http://localhost:8080 node scripts/serve.mjs [--port 5173] [--host 127.0.0.1] [--dir dist]
//   optional single sign-on: DASHBOARD_OIDC_ISSUER, DASHBOARD_OIDC_CLIENT_ID, DASHBOARD_OIDC_SCOPE
//
// Stops cleanly on SIGTERM and SIGINT. Production uses the nginx image (Dockerfile) with the same behaviour.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
function option(name, fallback) {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
}

const port = Number(option('port', process.env.PORT ?? '5173'));
const host = option('host', process.env.HOST ?? '127.0.0.1');
const root = resolve(fileURLToPath(new URL('..', import.meta.url)), option('dir', 'dist'));
const apiBaseUrl = (process.env.API_BASE_URL ?? 'http://localhost:8080').replace(/\/+$/, '');

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Ungültiger Port: ${option('port', '')}`);
  process.exit(2);
}
let apiOrigin;
try {
  apiOrigin = new URL(apiBaseUrl).origin;
} catch {
  console.error(`API_BASE_URL ist keine gültige Adresse: ${apiBaseUrl}`);
  process.exit(2);
}
// Optional single sign-on: the issuer goes into config.json and its origin into connect-src (discovery, token).
const oidcIssuer = (process.env.DASHBOARD_OIDC_ISSUER ?? '').trim().replace(/\/+$/, '');
const oidcClientId = (process.env.DASHBOARD_OIDC_CLIENT_ID ?? '').trim();
const oidcScope = (process.env.DASHBOARD_OIDC_SCOPE ?? '').trim();
let oidcOrigin = '';
if (oidcIssuer) {
  try {
    oidcOrigin = new URL(oidcIssuer).origin;
  } catch {
    console.error(`DASHBOARD_OIDC_ISSUER ist keine gültige Adresse: ${oidcIssuer}`);
    process.exit(2);
  }
  if (!oidcClientId) {
    console.error('DASHBOARD_OIDC_ISSUER ist gesetzt, DASHBOARD_OIDC_CLIENT_ID fehlt.');
    process.exit(2);
  }
}
try {
  await stat(join(root, 'index.html'));
} catch {
  console.error(`${join(root, 'index.html')} fehlt: erst "npm run build" ausführen.`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.md', '.map']);

/**
 * The page may talk to its own origin and the API (and, with single sign-on, the issuer), nothing else: no CDN,
 * no web fonts, no map tiles.
 */
const cspWith = (frameAncestors) =>
  [
    "default-src 'self'",
    `connect-src 'self' ${[apiOrigin, oidcOrigin].filter((o, i, all) => o && all.indexOf(o) === i).join(' ')}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "style-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
/**
 * Only the embeddable views (/einbetten/…) may be framed, by any site or by those DASHBOARD_EMBED_ANCESTORS names
 * (space-separated origins); every other page refuses to be framed (clickjacking).
 */
const embedAncestors = (process.env.DASHBOARD_EMBED_ANCESTORS ?? '').trim() || '*';
const CSP = cspWith("'none'");
const EMBED_CSP = cspWith(embedAncestors);
const cspFor = (pathname) => (pathname.startsWith('/einbetten/') ? EMBED_CSP : CSP);

// Who runs the installation, for Impressum and Datenschutzerklärung (optional; the pages say what is missing).
const BETREIBER = ['name', 'anschrift', 'vertretung', 'email', 'telefon', 'datenschutz', 'aufsicht'];
const betreiber = Object.fromEntries(
  BETREIBER.map((f) => [f, process.env[`DASHBOARD_BETREIBER_${f.toUpperCase()}`]?.trim()]).filter(
    ([, v]) => v,
  ),
);
const configJson = JSON.stringify({
  apiBaseUrl,
  ...(oidcIssuer
    ? { oidc: { issuer: oidcIssuer, clientId: oidcClientId, ...(oidcScope ? { scope: oidcScope } : {}) } }
    : {}),
  ...(Object.keys(betreiber).length ? { betreiber } : {}),
});
const cache = new Map(); // path -> { mtimeMs, body, gzip }; a rebuilt dist/ is picked up by its mtime

async function load(file) {
  const { mtimeMs } = await stat(file);
  let entry = cache.get(file);
  if (!entry || entry.mtimeMs !== mtimeMs) {
    const body = await readFile(file);
    entry = {
      mtimeMs,
      body,
      gzip: COMPRESSIBLE.has(extname(file)) && body.length > 1024 ? gzipSync(body) : undefined,
    };
    cache.set(file, entry);
  }
  return entry;
}

function cacheControl(path) {
  if (path.startsWith('/assets/')) return 'public, max-age=31536000, immutable'; // content-hashed names
  if (path === '/index.html') return 'no-cache';
  return 'public, max-age=3600';
}

/** Maps a URL path into dist/, refusing anything that would leave it. */
function fileFor(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = normalize(join(root, decoded));
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

async function send(req, res, status, type, entry, headers, csp = CSP) {
  const useGzip = entry.gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  const body = useGzip ? entry.gzip : entry.body;
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': body.length,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Content-Security-Policy': csp,
    Vary: 'Accept-Encoding',
    ...(useGzip ? { 'Content-Encoding': 'gzip' } : {}),
    ...headers,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

const server = createServer(async (req, res) => {
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Methode nicht erlaubt');
      return;
    }
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');

    if (pathname === '/config.json') {
      await send(
        req,
        res,
        200,
        TYPES['.json'],
        { body: Buffer.from(configJson) },
        { 'Cache-Control': 'no-store' },
      );
      return;
    }

    const file = fileFor(pathname === '/' ? '/index.html' : pathname);
    if (file) {
      const info = await stat(file).catch(() => undefined);
      if (info?.isFile()) {
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        await send(req, res, 200, type, await load(file), { 'Cache-Control': cacheControl(pathname) });
        return;
      }
    }

    // A missing file with an extension is a missing file; anything else is a route of the SPA.
    if (extname(pathname) !== '') {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end('Nicht gefunden');
      return;
    }
    await send(
      req,
      res,
      200,
      TYPES['.html'],
      await load(join(root, 'index.html')),
      { 'Cache-Control': 'no-cache' },
      cspFor(pathname),
    );
  } catch (error) {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Interner Fehler');
  }
});

server.on('error', (error) => {
  console.error(`Der Server konnte nicht starten: ${error.message}`);
  process.exit(1);
});

server.listen(port, host, () => {
  const address = server.address();
  const shownHost = host.includes(':') ? `[${host}]` : host;
  console.log(`Dashboard: http://${shownHost}:${address.port}/  (API: ${apiBaseUrl})`);
});

function shutdown(signal) {
  server.close(() => process.exit(0));
  server.closeAllConnections();
  // Should a connection hang on, do not hang with it.
  setTimeout(() => process.exit(0), 2000).unref();
  console.log(`${signal}: Server wird beendet.`);
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
