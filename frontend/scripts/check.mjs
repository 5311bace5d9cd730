#!/usr/bin/env node
// `npm run check`: API client up to date with ../openapi.yaml, types, ESLint, Prettier. The checks are
// independent and mostly single-threaded, so they run side by side, as many at once as there are cores; each
// one's output is printed in one piece when it ends. Exit code ≠ 0 if any check fails.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const CHECKS = [
  // the longest first, so that the short ones fill the gaps
  ['ESLint', 'eslint', ['.', '--max-warnings=0']],
  ['Typen (vue-tsc)', 'vue-tsc', ['--build']],
  ['Prettier', 'prettier', ['--check', '.', '--log-level=warn']],
  ['API-Client aktuell', process.execPath, ['scripts/generate-api.mjs', '--check']],
];

function run([name, command, args]) {
  const started = Date.now();
  return new Promise((done) => {
    const bin = command === process.execPath ? command : `node_modules/.bin/${command}`;
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      console.log(`${code === 0 ? '✔' : '✖'} ${name} (${seconds} s)`);
      if (output.trim()) console.log(output.trimEnd().replace(/^/gm, '  '));
      done(code === 0);
    });
  });
}

const queue = [...CHECKS];
const lanes = Array.from({ length: Math.min(availableParallelism(), queue.length) }, async () => {
  let ok = true;
  for (let check = queue.shift(); check; check = queue.shift()) ok = (await run(check)) && ok;
  return ok;
});
const ok = (await Promise.all(lanes)).every(Boolean);
process.exit(ok ? 0 : 1);
