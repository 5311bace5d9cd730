// Starts what the end-to-end tests and the budget script need: the real backend (the packaged Quarkus jar on
// its embedded PostgreSQL, fresh data directory, free port) and the built SPA served by scripts/serve.mjs.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FRONTEND = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const JAR = resolve(FRONTEND, '..', 'backend', 'target', 'quarkus-app', 'quarkus-run.jar');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const HOST = '127.0.0.1';
/** The first account `admin` of the fresh test backend (DASHBOARD_ADMIN_PASSWORD; never used outside tests). */
export const E2E_ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD || 'e2e-Admin-Passwort-2026';
export const ADMIN_PASSWORD = E2E_ADMIN_PASSWORD;

/** Says clearly what is missing instead of failing somewhere deep in a test. */
export function checkPrerequisites({ needBrowser = true, needBuild = true } = {}) {
  const problems = [];
  if (needBrowser && !existsSync(CHROMIUM)) {
    problems.push(
      `Chromium fehlt unter ${CHROMIUM}. Die End-to-End-Tests nutzen Debians Paket: apt-get install chromium ` +
        '(oder CHROMIUM_PATH auf ein vorhandenes Chromium setzen). Es wird kein Browser heruntergeladen.',
    );
  }
  if (!existsSync(JAR))
    problems.push(`Backend fehlt: ${JAR}. Erst bauen: (cd backend && ./mvnw -B -q -DskipTests package)`);
  if (needBuild && !existsSync(join(FRONTEND, 'dist', 'index.html')))
    problems.push('Build fehlt: erst "npm run build" ausführen.');
  return problems;
}

export function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

async function waitFor(check, { timeoutMs, what, process: child }) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (child && child.exitCode !== null)
      throw new Error(`${what}: Prozess beendet (Exit ${child.exitCode})`);
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what}: nach ${timeoutMs / 1000} s nicht bereit`);
}

/**
 * A child in its own process group, so that stopping it also stops what it started (the backend's
 * embedded PostgreSQL) even if it has to be killed.
 */
function startProcess(command, args, { env, cwd, name, quiet }) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines = [];
  const keep = (chunk) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line) continue;
      lines.push(line);
      if (lines.length > 200) lines.shift();
      if (!quiet) console.log(`[${name}] ${line}`);
    }
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.logTail = () => lines.slice(-40).join('\n');
  return child;
}

export async function stopProcess(child, timeoutMs = 20000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = new Promise((r) => setTimeout(() => r('timeout'), timeoutMs));
  if ((await Promise.race([exited, timer])) === 'timeout') {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    await exited;
  }
}

export async function startBackend({ corsOrigin, quiet = true, env = {} }) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'dashboard-e2e-'));
  const child = startProcess('java', ['-jar', JAR], {
    cwd: dataDir,
    name: 'backend',
    quiet,
    env: {
      PORT: String(port),
      DASHBOARD_DATA_DIR: join(dataDir, 'db'),
      DASHBOARD_CORS_ORIGINS: corsOrigin,
      DASHBOARD_ADMIN_PASSWORD: E2E_ADMIN_PASSWORD,
      ...env,
    },
  });
  const url = `http://${HOST}:${port}`;
  try {
    await waitFor(async () => (await fetch(`${url}/q/health/ready`)).ok, {
      timeoutMs: 180000,
      what: 'Backend',
      process: child,
    });
  } catch (error) {
    console.error(child.logTail());
    await stopProcess(child);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    pid: child.pid,
    async stop() {
      await stopProcess(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function startSpa({ port, apiBaseUrl, quiet = true, env = {} }) {
  const child = startProcess('node', ['scripts/serve.mjs', '--port', String(port), '--host', HOST], {
    cwd: FRONTEND,
    name: 'spa',
    quiet,
    env: { API_BASE_URL: apiBaseUrl, ...env },
  });
  const url = `http://${HOST}:${port}`;
  await waitFor(async () => (await fetch(`${url}/config.json`)).ok, {
    timeoutMs: 15000,
    what: 'SPA-Server',
    process: child,
  });
  return { url, stop: () => stopProcess(child) };
}

/**
 * Backend and SPA on free ports, the backend's CORS opened for exactly this SPA origin. With `keycloak` (see
 * keycloak.mjs) the backend accepts its tokens, and a second SPA (`ssoSpa`) offers single sign-on through it –
 * the first one keeps local accounts only, as the other specs expect. `whileBackendStarts` (e.g. building the
 * SPA) runs during the backend's start, which mostly waits for its database.
 */
export async function startStack({ quiet = true, keycloak, whileBackendStarts } = {}) {
  const spaPort = await freePort();
  const spaOrigin = `http://${HOST}:${spaPort}`;
  const ssoPort = keycloak ? await freePort() : undefined;
  const ssoOrigin = ssoPort ? `http://${HOST}:${ssoPort}` : undefined;
  const issuer = keycloak ? `${keycloak.publicUrl}/realms/dashboard` : undefined;
  const [backendStart, meanwhile] = await Promise.allSettled([
    startBackend({
      corsOrigin: [spaOrigin, ssoOrigin].filter(Boolean).join(','),
      quiet,
      env: keycloak
        ? {
            DASHBOARD_OIDC_ENABLED: 'true',
            DASHBOARD_OIDC_ISSUER: issuer,
            DASHBOARD_OIDC_SERVER_URL: `${keycloak.url}/realms/dashboard`,
          }
        : {},
    }),
    whileBackendStarts?.(),
  ]);
  if (backendStart.status === 'rejected') throw backendStart.reason;
  const backend = backendStart.value;
  const started = [];
  try {
    if (meanwhile.status === 'rejected') throw meanwhile.reason;
    started.push(await startSpa({ port: spaPort, apiBaseUrl: backend.url, quiet }));
    if (keycloak)
      started.push(
        await startSpa({
          port: ssoPort,
          apiBaseUrl: backend.url,
          quiet,
          env: { DASHBOARD_OIDC_ISSUER: issuer, DASHBOARD_OIDC_CLIENT_ID: 'dashboard-spa' },
        }),
      );
  } catch (error) {
    for (const s of started) await s.stop();
    await backend.stop();
    throw error;
  }
  const [spa, ssoSpa] = started;
  return {
    backend,
    spa,
    ssoSpa,
    async stop() {
      for (const s of started) await s.stop();
      await backend.stop();
    },
  };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
