import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('generated API client', () => {
  it('is up to date with ../openapi.yaml (else: npm run api:generate)', () => {
    // the same check as `npm run api:check`: regenerate in memory and compare with src/api/schema.d.ts
    const run = () =>
      execFileSync(process.execPath, ['scripts/generate-api.mjs', '--check'], {
        cwd: process.cwd(),
        encoding: 'utf8',
        stdio: 'pipe',
      });
    expect(run).not.toThrow();
  });
});
