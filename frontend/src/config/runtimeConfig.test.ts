import { describe, expect, it } from 'vitest';
import { ConfigError, loadRuntimeConfig, parseRuntimeConfig } from './runtimeConfig';

const PAGE = 'https://dashboard.example/leistungen';

describe('parseRuntimeConfig', () => {
  it('accepts an absolute API address and drops a trailing slash', () => {
    expect(parseRuntimeConfig({ apiBaseUrl: 'https://api.example/' }, PAGE)).toEqual({
      apiBaseUrl: 'https://api.example',
    });
  });

  it('resolves a relative address against the page (API behind the same host)', () => {
    expect(parseRuntimeConfig({ apiBaseUrl: '/backend' }, PAGE).apiBaseUrl).toBe(
      'https://dashboard.example/backend',
    );
  });

  it.each([
    [null, /kein JSON-Objekt/],
    [[], /kein JSON-Objekt/],
    [{}, /fehlt/],
    [{ apiBaseUrl: '  ' }, /fehlt/],
    [{ apiBaseUrl: 42 }, /fehlt/],
    [{ apiBaseUrl: 'ftp://api.example' }, /http: oder https:/],
    [{ apiBaseUrl: 'https://api.example/?x=1' }, /weder Query/],
  ])('rejects %j', (raw, message) => {
    expect(() => parseRuntimeConfig(raw, PAGE)).toThrow(message);
  });
});

describe('loadRuntimeConfig', () => {
  it('reads config.json', async () => {
    const fetchStub = (() =>
      Promise.resolve(Response.json({ apiBaseUrl: 'http://localhost:8080' }))) as typeof fetch;
    await expect(loadRuntimeConfig('/config.json', fetchStub)).resolves.toEqual({
      apiBaseUrl: 'http://localhost:8080',
    });
  });

  it('says clearly when config.json is missing', async () => {
    const fetchStub = (() => Promise.resolve(new Response('nope', { status: 404 }))) as typeof fetch;
    await expect(loadRuntimeConfig('/config.json', fetchStub)).rejects.toThrow(
      new ConfigError('Die Konfiguration (config.json) fehlt (Status 404).'),
    );
  });

  it('says clearly when config.json is no JSON', async () => {
    const fetchStub = (() => Promise.resolve(new Response('<html>'))) as typeof fetch;
    await expect(loadRuntimeConfig('/config.json', fetchStub)).rejects.toThrow(/kein gültiges JSON/);
  });
});
