#!/usr/bin/env node
// Generates the typed API client's types from the contract (../openapi.yaml) into src/api/schema.d.ts.
//   node scripts/generate-api.mjs          write the file
//   node scripts/generate-api.mjs --check  fail if the committed file is not what the contract generates
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const contract = new URL('../../openapi.yaml', import.meta.url);
const target = fileURLToPath(new URL('../src/api/schema.d.ts', import.meta.url));

export async function generate() {
  const ast = await openapiTS(contract, { alphabetize: false, defaultNonNullable: true });
  return (
    '/**\n' +
    ' * Generated from ../openapi.yaml by scripts/generate-api.mjs (openapi-typescript). Do not edit:\n' +
    ' * run `npm run api:generate` after the contract changes; `npm run check` fails while this is stale.\n' +
    ' */\n\n' +
    astToString(ast)
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const generated = await generate();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (current !== generated) {
      console.error('src/api/schema.d.ts ist nicht auf dem Stand von ../openapi.yaml: npm run api:generate');
      process.exit(1);
    }
    console.log('API-Client ist aktuell (src/api/schema.d.ts passt zu ../openapi.yaml).');
  } else {
    writeFileSync(target, generated);
    console.log(`geschrieben: ${target}`);
  }
}
