#!/usr/bin/env node
// End-to-end tests: starts the real backend (fresh embedded PostgreSQL) and the built SPA on free ports, with a
// real Keycloak and a second SPA for single sign-on (see keycloak.mjs), runs the Playwright specs
// (playwright-core driving Debian's Chromium, no downloaded browser) with node:test, and stops all of them at the
// end, also on failure or Ctrl-C. The last spec stops the backend on purpose.
//
//   node e2e/run.mjs [--build] [name …]
//     --build   build the SPA (vite build, no type-check) while the backend starts, instead of expecting dist/
//     name      run only the specs whose file name contains it (e.g. "redaktion")
//
// Specs run in two lanes at once (E2E_WORKERS, default: the number of cores, at most 2): a browser waiting for
// the network leaves the other lane the CPU. Specs that write (every spec not listed in READ_ONLY) never run
// at the same time as one another, so none sees another's half-done changes; "zz-" specs run last, alone.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { startKeycloak } from './keycloak.mjs';
import { checkPrerequisites, CHROMIUM, E2E_ADMIN_PASSWORD, FRONTEND, startStack } from './stack.mjs';

/** Specs that only read: they may run beside a spec that writes. */
const READ_ONLY = new Set([
  'accessibility',
  'accessibility-umsetzung',
  'dashboard-zuerst',
  'journeys',
  'map',
  'oeffentlich',
]);

const args = process.argv.slice(2);
const build = args.includes('--build');
const filters = args.filter((a) => !a.startsWith('--'));

const problems = checkPrerequisites({ needBuild: !build });
if (problems.length) {
  for (const p of problems) console.error(`✖ ${p}`);
  process.exit(1);
}

const specDir = join(FRONTEND, 'e2e', 'specs');
// Arguments pick specs by name, e.g. `npm run test:e2e -- sso redaktion`.
const specs = readdirSync(specDir)
  .filter((f) => f.endsWith('.spec.mjs'))
  .filter((f) => filters.length === 0 || filters.some((n) => f.includes(n)))
  .sort()
  .map((f) => ({ file: join(specDir, f), name: basename(f, '.spec.mjs') }));

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const started = Date.now();

// Single sign-on runs against a real Keycloak (reused from ./test.sh or started here); if it cannot start, the
// run fails instead of skipping the SSO specs.
const keycloak = await startKeycloak();
console.log(
  `» Keycloak ${keycloak.url} (${keycloak.own ? `gestartet in ${seconds(started)}` : 'von test.sh'})`,
);

const stackStarted = Date.now();
console.log(
  `» Backend und Dashboard werden gestartet${build ? ', das Dashboard wird derweil gebaut' : ''} …`,
);
let stack;
try {
  stack = await startStack({
    quiet: !process.env.E2E_VERBOSE,
    keycloak,
    whileBackendStarts: build ? () => runNpm(['run', '-s', 'build:only']) : undefined,
  });
} catch (error) {
  await keycloak.stop();
  throw error;
}
console.log(
  `» Backend ${stack.backend.url}, Dashboard ${stack.spa.url}, mit Single Sign-on ${stack.ssoSpa.url} ` +
    `(bereit nach ${seconds(stackStarted)})`,
);

let stopping;
const stop = () => (stopping ??= stack.stop().finally(() => keycloak.stop()));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => void stop().then(() => process.exit(130)));
}

function runNpm(npmArgs) {
  return new Promise((done, fail) => {
    const child = spawn('npm', npmArgs, { cwd: FRONTEND, stdio: 'inherit' });
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`npm ${npmArgs.join(' ')}: Exit ${code}`)),
    );
  });
}

/** One spec file in its own node:test process; its report is printed in one piece when it ends. */
function runSpec(spec) {
  const since = Date.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--test', '--test-reporter=spec', spec.file], {
      cwd: FRONTEND,
      stdio: ['ignore', 'pipe', 'pipe'],
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
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      const count = (what) => Number(new RegExp(`^ℹ ${what} (\\d+)$`, 'm').exec(output)?.[1] ?? 0);
      const result = { ok: code === 0, tests: count('tests'), pass: count('pass'), fail: count('fail') };
      const report = output.replace(
        /^ℹ (tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) .*\n?/gm,
        '',
      );
      console.log(`\n${result.ok ? '✔' : '✖'} ${spec.name} (${seconds(since)})\n${report.trimEnd()}`);
      done(result);
    });
  });
}

/** The specs but the last ones in lanes; a lane takes the next spec it may run (no two writers at once). */
async function runAll() {
  const last = specs.filter((s) => s.name.startsWith('zz-'));
  const queue = specs.filter((s) => !last.includes(s));
  const results = [];
  let writing = false;
  let wake = () => {};
  const lane = async () => {
    while (queue.length) {
      const i = queue.findIndex((s) => READ_ONLY.has(s.name) || !writing);
      if (i < 0) {
        await new Promise((r) => (wake = r));
        continue;
      }
      const [spec] = queue.splice(i, 1);
      const writes = !READ_ONLY.has(spec.name);
      if (writes) writing = true;
      results.push(await runSpec(spec));
      if (writes) writing = false;
      wake();
    }
  };
  const workers = Number(process.env.E2E_WORKERS) || Math.min(2, availableParallelism());
  await Promise.all(Array.from({ length: workers }, lane));
  for (const spec of last) results.push(await runSpec(spec));
  return results;
}

let code = 1;
try {
  const results = await runAll();
  const sum = (k) => results.reduce((n, r) => n + r[k], 0);
  code = results.every((r) => r.ok) ? 0 : 1;
  console.log(
    `\n» End-to-End: ${sum('tests')} Tests, ${sum('pass')} bestanden, ${sum('fail')} fehlgeschlagen ` +
      `(${results.length} Specs, ${seconds(started)} mit Start)`,
  );
} finally {
  await stop();
}
process.exit(code);
