import { describe, expect, it } from 'vitest';
import { ConfigError, loadRuntimeConfig, parseRuntimeConfig } from './runtimeConfig';

const PAGE = 'https://dashboard.example/leistungen';

describe('parseRuntimeConfig: oidc', () => {
  it('has no single sign-on without an issuer', () => {
    expect(parseRuntimeConfig({ apiBaseUrl: 'https://api.example' }, PAGE).oidc).toBeUndefined();
    expect(parseRuntimeConfig({ apiBaseUrl: 'https://api.example', oidc: null }, PAGE).oidc).toBeUndefined();
    expect(
      parseRuntimeConfig({ apiBaseUrl: 'https://api.example', oidc: { issuer: '', clientId: '' } }, PAGE)
        .oidc,
    ).toBeUndefined();
  });

  it('accepts issuer and client, drops a trailing slash and always asks for openid', () => {
    expect(
      parseRuntimeConfig(
        {
          apiBaseUrl: 'https://api.example',
          oidc: { issuer: 'https://sso.example/realms/d/', clientId: ' spa ' },
        },
        PAGE,
      ).oidc,
    ).toEqual({ issuer: 'https://sso.example/realms/d', clientId: 'spa', scope: 'openid' });
    expect(
      parseRuntimeConfig(
        {
          apiBaseUrl: 'https://api.example',
          oidc: { issuer: 'https://sso.example', clientId: 'spa', scope: 'profile  email' },
        },
        PAGE,
      ).oidc?.scope,
    ).toBe('openid profile email');
  });

  it.each([
    ['x', /muss ein Objekt/],
    [{ issuer: 42, clientId: 'spa' }, /muss eine Adresse/],
    [{ issuer: '/realms/d', clientId: 'spa' }, /keine gültige absolute Adresse/],
    [{ issuer: 'javascript:alert(1)', clientId: 'spa' }, /http: oder https:/],
    [{ issuer: 'https://sso.example/?a=1', clientId: 'spa' }, /weder Zugangsdaten/],
    [{ issuer: 'https://u:p@sso.example', clientId: 'spa' }, /weder Zugangsdaten/],
    [{ issuer: 'https://sso.example' }, /clientId/],
    [{ issuer: 'https://sso.example', clientId: 'spa', scope: 3 }, /scope/],
  ])('rejects oidc %j', (oidc, message) => {
    expect(() => parseRuntimeConfig({ apiBaseUrl: 'https://api.example', oidc }, PAGE)).toThrow(message);
  });
});

describe('parseRuntimeConfig: betreiber', () => {
  it('keeps the operator’s fields, splits the address at | or line breaks and drops empty ones', () => {
    expect(
      parseRuntimeConfig(
        {
          apiBaseUrl: 'https://api.example',
          betreiber: {
            name: ' Land NRW ',
            anschrift: 'Musterstraße 1 | 40213 Düsseldorf',
            email: '',
            telefon: null,
            unbekannt: 'x',
          },
        },
        PAGE,
      ).betreiber,
    ).toEqual({ name: 'Land NRW', anschrift: ['Musterstraße 1', '40213 Düsseldorf'] });
  });

  it('has no operator when none or only empty fields are configured, and rejects wrong types', () => {
    expect(parseRuntimeConfig({ apiBaseUrl: 'https://a.example' }, PAGE).betreiber).toBeUndefined();
    expect(
      parseRuntimeConfig({ apiBaseUrl: 'https://a.example', betreiber: { name: '' } }, PAGE).betreiber,
    ).toBeUndefined();
    expect(() => parseRuntimeConfig({ apiBaseUrl: 'https://a.example', betreiber: 'x' }, PAGE)).toThrow(
      /betreiber/,
    );
    expect(() =>
      parseRuntimeConfig({ apiBaseUrl: 'https://a.example', betreiber: { email: 1 } }, PAGE),
    ).toThrow(/betreiber.email/);
  });
});

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
