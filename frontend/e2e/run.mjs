#!/usr/bin/env node
// End-to-end tests: starts the real backend (fresh embedded PostgreSQL) and the built SPA on free ports, runs
// the Playwright specs (playwright-core driving Debian's Chromium, no downloaded browser) with node:test,
// and stops both at the end, also on failure or Ctrl-C. The last spec stops the backend on purpose.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startKeycloak } from './keycloak.mjs';
import { checkPrerequisites, CHROMIUM, E2E_ADMIN_PASSWORD, FRONTEND, startStack } from './stack.mjs';

const problems = checkPrerequisites();
if (problems.length) {
  for (const p of problems) console.error(`✖ ${p}`);
  process.exit(1);
}

const specDir = join(FRONTEND, 'e2e', 'specs');
// Sorted by name: the spec that stops the backend ("zz-…") runs last. Arguments pick specs by name, e.g.
// `npm run test:e2e -- sso redaktion`.
const only = process.argv.slice(2);
const specs = readdirSync(specDir)
  .filter((f) => f.endsWith('.spec.mjs'))
  .filter((f) => only.length === 0 || only.some((name) => f.includes(name)))
  .sort()
  .map((f) => join(specDir, f));

// Single sign-on runs against a real Keycloak (reused from ./test.sh or started here); if it cannot start, the
// run fails instead of skipping the SSO specs.
const kcStarted = Date.now();
const keycloak = await startKeycloak();
console.log(
  `» Keycloak ${keycloak.url} (${keycloak.own ? `gestartet in ${((Date.now() - kcStarted) / 1000).toFixed(1)} s` : 'von test.sh'})`,
);

console.log('» Backend und Dashboard werden gestartet …');
const started = Date.now();
let stack;
try {
  stack = await startStack({ quiet: !process.env.E2E_VERBOSE, keycloak });
} catch (error) {
  await keycloak.stop();
  throw error;
}
console.log(
  `» Backend ${stack.backend.url}, Dashboard ${stack.spa.url}, mit Single Sign-on ${stack.ssoSpa.url} (bereit nach ${((Date.now() - started) / 1000).toFixed(1)} s)`,
);

let stopping;
const stop = () => (stopping ??= stack.stop().finally(() => keycloak.stop()));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => void stop().then(() => process.exit(130)));
}

let code = 1;
try {
  code = await new Promise((done) => {
    const child = spawn(
      process.execPath,
      ['--test', '--test-concurrency=1', '--test-reporter=spec', ...specs],
      {
        cwd: FRONTEND,
        stdio: 'inherit',
        env: {
          ...process.env,
          CHROMIUM_PATH: CHROMIUM,
          E2E_BASE_URL: stack.spa.url,
          E2E_API_URL: stack.backend.url,
          E2E_BACKEND_PID: String(stack.backend.pid),
          E2E_ADMIN_PASSWORD,
          E2E_SSO_BASE_URL: stack.ssoSpa.url,
          E2E_KEYCLOAK_URL: keycloak.url,
          E2E_KEYCLOAK_PUBLIC_URL: keycloak.publicUrl,
          E2E_KEYCLOAK_ADMIN_PASSWORD: keycloak.adminPassword,
        },
      },
    );
    child.on('exit', (c) => done(c ?? 1));
  });
} finally {
  await stop();
}
process.exit(code);
