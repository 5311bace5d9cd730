#!/usr/bin/env node
// Performance budget of the built SPA: prints figures, it is not a timed test.
//   - JavaScript of the initial route (the entry and the start page with their static imports), gzip
//   - all JavaScript, gzip
//   - the map's boundaries (fetched lazily by the map), raw and gzip
//   - Largest Contentful Paint of the start page in headless Chromium on loopback, against the real backend
// Exits non-zero when a size budget is exceeded; the LCP is reported against its goal.
//   npm run build && npm run budget            (LCP needs the backend jar and Chromium; skipped without them)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, FRONTEND, JAR, startStack } from '../e2e/stack.mjs';

const KB = 1024;
const BUDGET = { initialJs: 200 * KB, allJs: 600 * KB, boundaries: 1024 * KB, lcpGoalMs: 1000 };
const dist = join(FRONTEND, 'dist');
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error('dist/.vite/manifest.json fehlt: erst "npm run build" ausführen.');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

const gz = (file) => gzipSync(readFileSync(join(dist, file))).length;
const fmt = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/** The chunk and everything it imports statically (what the browser must load before it runs). */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) closure(dep, seen);
  return seen;
}
const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
// Rollup may name the start page's chunk by a shared key; find it by its name as a route chunk.
const startKey = Object.keys(manifest).find(
  (k) => manifest[k].isDynamicEntry && manifest[k].name === 'StartPage',
);
if (!entryKey || !startKey) {
  console.error('Einstieg oder Startseite nicht im Manifest gefunden.');
  process.exit(1);
}
const initial = new Set([...closure(entryKey), ...closure(startKey)]);
const initialFiles = [...initial].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
const initialJs = initialFiles.reduce((sum, f) => sum + gz(f), 0);

// What the start page loads after its first render: the map and the chart library (dynamic imports).
const lazyOfStart = new Set();
for (const key of initial) {
  for (const dyn of manifest[key].dynamicImports ?? []) {
    for (const k of closure(dyn)) if (!initial.has(k)) lazyOfStart.add(k);
  }
}
const routeChunks = new Set(
  Object.values(manifest)
    .filter((c) => c.isDynamicEntry)
    .map((c) => c.file),
);
const startLazyFiles = [...lazyOfStart]
  .map((k) => manifest[k].file)
  .filter((f) => f.endsWith('.js') && !(routeChunks.has(f) && /Page-/.test(f)));
const startLazyJs = startLazyFiles.reduce((sum, f) => sum + gz(f), 0);

const allJsFiles = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
const allJs = allJsFiles.reduce((sum, f) => sum + gz(join('assets', f)), 0);
const cssFiles = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.css'));
const allCss = cssFiles.reduce((sum, f) => sum + gz(join('assets', f)), 0);

const boundariesFile = join('geo', 'verwaltungsgrenzen-nrw.topo.json');
const boundariesRaw = statSync(join(dist, boundariesFile)).size;
const boundariesGz = gz(boundariesFile);
// Lazily loaded: the file must not be referenced by the initial chunks, only by the map's chunk.
const referencedInitially = initialFiles.some((f) =>
  readFileSync(join(dist, f), 'utf8').includes('verwaltungsgrenzen-nrw'),
);

const rows = [];
let failed = false;
function report(label, value, budget, note = '') {
  const ok = budget === undefined || value <= budget;
  if (!ok) failed = true;
  rows.push(
    `${ok ? '✓' : '✗'} ${label.padEnd(44)} ${fmt(value).padStart(10)}${budget ? `   (Budget ${fmt(budget)})` : ''}${note ? `   ${note}` : ''}`,
  );
}
report('JavaScript der Startroute (gzip)', initialJs, BUDGET.initialJs, `${initialFiles.length} Dateien`);
report(
  '  danach nachgeladen: Karte und Diagramm (gzip)',
  startLazyJs,
  undefined,
  `${startLazyFiles.length} Dateien`,
);
report('JavaScript insgesamt (gzip)', allJs, BUDGET.allJs, `${allJsFiles.length} Dateien`);
report('CSS insgesamt (gzip, KERN eingeschlossen)', allCss, undefined, `${cssFiles.length} Dateien`);
report(
  'Grenzen der Karte (roh)',
  boundariesRaw,
  BUDGET.boundaries,
  referencedInitially ? 'NICHT verzögert geladen!' : 'verzögert geladen',
);
report('Grenzen der Karte (gzip)', boundariesGz);
if (referencedInitially) failed = true;

console.log('\nBudget des Dashboards (dist/)\n');
for (const row of rows) console.log(row);

async function measureLcp() {
  if (!existsSync(CHROMIUM) || !existsSync(JAR)) {
    console.log(
      `\nLCP übersprungen: ${!existsSync(CHROMIUM) ? `Chromium fehlt (${CHROMIUM})` : `Backend-Jar fehlt (${JAR})`}.`,
    );
    return;
  }
  console.log('\nLCP der Startseite: Backend und Dashboard werden gestartet …');
  const stack = await startStack();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    // One warm-up load for the backend's JIT and connection pool; then cold browser caches each time.
    const runs = [];
    for (let i = 0; i < 6; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${stack.spa.url}/`, { waitUntil: 'networkidle' });
      const result = await page.evaluate(
        () =>
          new Promise((resolve) => {
            let last;
            new PerformanceObserver((list) => {
              const entries = list.getEntries();
              last = entries[entries.length - 1];
            }).observe({ type: 'largest-contentful-paint', buffered: true });
            const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
            setTimeout(() => {
              const el = last?.element;
              resolve({
                lcp: last?.startTime,
                fcp,
                element: el
                  ? `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}> ${(el.textContent ?? '').trim().slice(0, 40)}`
                  : '?',
              });
            }, 300);
          }),
      );
      await context.close();
      if (i > 0) runs.push(result);
    }
    const sorted = runs.map((r) => r.lcp).sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    console.log(
      `  Einzelwerte (ms): ${runs.map((r) => Math.round(r.lcp)).join(', ')}; FCP (ms): ${runs.map((r) => Math.round(r.fcp)).join(', ')}`,
    );
    console.log(`  LCP-Element: ${runs[runs.length - 1].element}`);
    console.log(
      `${median <= BUDGET.lcpGoalMs ? '✓' : '✗'} LCP der Startseite (Median, kalter Cache, Loopback)  ${Math.round(median)} ms   (Ziel ≤ ${BUDGET.lcpGoalMs} ms)`,
    );
  } finally {
    await browser.close();
    await stack.stop();
  }
}

await measureLcp();
if (failed) {
  console.error('\nEin Größenbudget ist überschritten.');
  process.exit(1);
}
