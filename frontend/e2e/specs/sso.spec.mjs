// Single sign-on end to end: Chromium, the dashboard served with `oidc` in config.json, the real backend and a
// real Keycloak with the realm export of keycloak/ (users made through Keycloak's admin API). Sign-in on
// Keycloak's own login form, roles/organisation/Themenfelder from the token, an editable and a refused project,
// sign-out that ends the Keycloak session; the access token renewed during a long edit; a revoked and expired
// token answered with 401, the dialog to sign in again in a new window, and the form's input kept.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { keycloakAdmin, SSO_PASSWORD } from '../keycloak.mjs';
import {
  ADMIN_PASSWORD,
  API_URL,
  apiSession,
  assertAccessible,
  launchBrowser,
  openPage,
  screenshot,
  settled,
} from '../support.mjs';

const SSO_BASE = process.env.E2E_SSO_BASE_URL;
const KEYCLOAK_PUBLIC = process.env.E2E_KEYCLOAK_PUBLIC_URL;
const ISSUER = `${KEYCLOAK_PUBLIC}/realms/dashboard`;
/** Short-lived access tokens, so that renewal and expiry happen within the test. */
const LIFESPAN_S = 45;
const LAUF = Date.now().toString(36);
const KOELN = 'kommune-05315000';

assert.ok(SSO_BASE && KEYCLOAK_PUBLIC, 'e2e/run.mjs startet Keycloak und das Dashboard mit Single Sign-on');

const kc = keycloakAdmin();

function ssoPage(browser) {
  return openPage(browser, {
    allowOrigins: [new URL(SSO_BASE).origin, new URL(KEYCLOAK_PUBLIC).origin],
    // refused calls are the subject here: 401 from the API, 400 from Keycloak's token endpoint after revocation
    allowConsole: /status of 40[01]/,
  });
}

async function gotoSso(page, path) {
  await page.goto(new URL(path, SSO_BASE).href);
  await settled(page);
}

/** Through the dashboard's sign-in page to Keycloak's login form and back. Returns the authorization request. */
async function signInSso(page, username, weiter) {
  await gotoSso(page, `/anmelden?weiter=${encodeURIComponent(weiter)}`);
  await page.getByRole('button', { name: 'Mit Single Sign-on anmelden' }).click();
  await page.waitForURL((url) => url.href.startsWith(`${ISSUER}/protocol/openid-connect/auth`));
  const authorize = new URL(page.url());
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(SSO_PASSWORD);
  await page.locator('#kc-login').click();
  await page.waitForURL(
    (url) => url.origin === new URL(SSO_BASE).origin && !url.pathname.startsWith('/anmelden'),
  );
  await settled(page);
  return authorize;
}

/** The tokens this tab holds (sessionStorage), as oidc-client-ts keeps them. */
function storedUser(page) {
  return page.evaluate(
    (key) => JSON.parse(sessionStorage.getItem(key) ?? 'null'),
    `oidc.user:${ISSUER}:dashboard-spa`,
  );
}

async function projekte() {
  const r = await fetch(new URL('/api/v1/projekte?size=100', API_URL));
  return (await r.json()).items.map((p) => p.id);
}

/** The first project the given token may (or may not) edit, by the API's own `rechte`. */
async function projektMitRecht(token, bearbeiten) {
  for (const id of await projekte()) {
    const r = await fetch(new URL(`/api/v1/projekte/${id}`, API_URL), {
      headers: { Authorization: `Bearer ${token}` },
    });
    assert.equal(r.status, 200);
    if ((await r.json()).rechte.bearbeiten === bearbeiten) return id;
  }
  throw new Error(`kein Projekt mit bearbeiten=${bearbeiten}`);
}

describe('Single Sign-on mit Keycloak', () => {
  let browser;
  let admin;
  const users = {};
  before(async () => {
    browser = await launchBrowser();
    admin = await apiSession('admin', ADMIN_PASSWORD);
    await kc.allowDashboard(new URL(SSO_BASE).origin, LIFESPAN_S);
    users.koeln = `r.koeln.${LAUF}`;
    users.koelnId = await kc.createUser(users.koeln, { roles: ['REDAKTION'], organisation: KOELN });
    users.lang = `r.lang.${LAUF}`;
    users.langId = await kc.createUser(users.lang, { roles: ['REDAKTION'], organisation: KOELN });
    users.koord = `k.mobil.${LAUF}`;
    await kc.createUser(users.koord, { roles: ['KOORDINATION'], themenfelder: [9, 12] });
  });
  after(() => browser?.close());

  test('Anmelden bei Keycloak: Rollen und Organisation; eigenes Projekt bearbeiten, fremdes nicht; Abmelden beendet die Keycloak-Sitzung', async () => {
    const page = await ssoPage(browser);
    // the run's first sign-in at Keycloak: on a loaded machine its first login page and token take longer
    const me = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/me') && r.status() === 200, {
      timeout: 45_000,
    });
    const authorize = await signInSso(page, users.koeln, '/projekte');
    const p = authorize.searchParams;
    assert.equal(p.get('response_type'), 'code');
    assert.equal(p.get('client_id'), 'dashboard-spa');
    assert.equal(p.get('code_challenge_method'), 'S256');
    assert.match(p.get('code_challenge') ?? '', /^[\w-]{43}$/);
    assert.ok(p.get('state') && p.get('nonce'), 'state und nonce');
    assert.equal(p.get('redirect_uri'), `${SSO_BASE}/anmelden/rueckkehr`);
    assert.equal(new URL(page.url()).pathname, '/projekte', 'zurück, wohin die Person wollte');

    const ich = await (await me).json();
    assert.equal(ich.art, 'OIDC');
    assert.deepEqual(ich.rollen, ['REDAKTION']);
    assert.equal(ich.organisation.id, KOELN);
    const stored = await storedUser(page);
    assert.ok(stored?.access_token && stored.refresh_token, 'Tokens im sessionStorage dieses Tabs');
    assert.equal(await page.evaluate(() => JSON.stringify(localStorage).includes('access_token')), false);

    await page.getByRole('button', { name: `E2E ${users.koeln}` }).click();
    await page.getByText(`Angemeldet als ${users.koeln}`).waitFor();
    const menu = page.locator('#user-menu-panel');
    await menu.getByText('Redaktion', { exact: true }).waitFor();
    await menu.getByText('Köln, Stadt').waitFor();
    await assertAccessible(page, 'Benutzermenü (Single Sign-on)');
    await page.keyboard.press('Escape');

    // a project Köln works on: edit and save
    const eigenes = await projektMitRecht(stored.access_token, true);
    await gotoSso(page, `/projekte/${eigenes}`);
    await page.getByRole('button', { name: 'Angaben bearbeiten' }).click();
    const titel = `Beispiel: per Single Sign-on geändert ${LAUF}`;
    await page.locator('#pe-titel').fill(titel);
    await page.getByRole('button', { name: 'Angaben speichern' }).click();
    await page.getByText('Angaben gespeichert.').waitFor();
    const gespeichert = await admin.call('GET', `/api/v1/projekte/${eigenes}`);
    assert.equal(gespeichert.body.titel, titel);
    const audit = await admin.call('GET', `/api/v1/admin/audit?entitaet=PROJEKT&id=${eigenes}`);
    assert.equal(audit.body.items[0].akteur.typ, 'OIDC');
    assert.equal(audit.body.items[0].akteur.name, users.koeln);

    // a project without Köln: no editing offered, and the API refuses the token's write
    const fremdes = await projektMitRecht(stored.access_token, false);
    await gotoSso(page, `/projekte/${fremdes}`);
    await page.getByText('Sie können dieses Projekt nicht bearbeiten').first().waitFor();
    assert.equal(await page.getByRole('button', { name: 'Angaben bearbeiten' }).count(), 0);
    const vorher = await admin.call('GET', `/api/v1/projekte/${fremdes}`);
    const refused = await fetch(new URL(`/api/v1/projekte/${fremdes}`, API_URL), {
      method: 'PATCH',
      headers: {
        Authorization: `Bearer ${(await storedUser(page)).access_token}`,
        'Content-Type': 'application/json',
        'If-Match': vorher.etag,
      },
      body: JSON.stringify({ titel: 'Beispiel: darf nicht gespeichert werden' }),
    });
    assert.equal(refused.status, 403);
    await screenshot(page, 'sso-fremdes-projekt');

    // sign out: back on the dashboard, signed out, and the Keycloak session is gone too
    assert.equal((await kc.sessions(users.koelnId)).length, 1);
    await page.getByRole('button', { name: `E2E ${users.koeln}` }).click();
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.waitForURL(`${SSO_BASE}/`);
    await page.getByRole('link', { name: 'Anmelden' }).waitFor();
    assert.equal(await storedUser(page), null);
    assert.deepEqual(await kc.sessions(users.koelnId), []);
    // signing in again needs the password again
    await gotoSso(page, '/anmelden');
    await page.getByRole('button', { name: 'Mit Single Sign-on anmelden' }).click();
    await page.locator('#username').waitFor();
    page.assertClean();
  });

  test('Koordination: Themenfelder aus dem Token', async () => {
    const page = await ssoPage(browser);
    const me = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/me') && r.status() === 200);
    await signInSso(page, users.koord, '/');
    const ich = await (await me).json();
    assert.deepEqual(ich.rollen, ['KOORDINATION']);
    assert.deepEqual(
      [...ich.themenfelder].sort((a, b) => a - b),
      [9, 12],
    );
    assert.equal(ich.organisation ?? null, null);
    page.assertClean();
  });

  test('Lange Bearbeitung: das Access-Token wird erneuert; widerrufen und abgelaufen fragt das Dashboard nach einer neuen Anmeldung und behält die Eingaben', async () => {
    const page = await ssoPage(browser);
    const refreshes = [];
    page.on('request', (r) => {
      if (
        r.url().endsWith('/protocol/openid-connect/token') &&
        /grant_type=refresh_token/.test(r.postData() ?? '')
      )
        refreshes.push(Date.now());
    });
    await signInSso(page, users.lang, '/');
    const first = await storedUser(page);
    const eigenes = await projektMitRecht(first.access_token, true);
    await gotoSso(page, `/projekte/${eigenes}`);
    await page.getByRole('button', { name: 'Angaben bearbeiten' }).click();
    const titel1 = `Beispiel: lange bearbeitet ${LAUF}`;
    await page.locator('#pe-titel').fill(titel1);

    // the edit takes longer than the access token lives: it is renewed meanwhile (refresh token, no page reload)
    const expiresAt = first.expires_at * 1000;
    await page.waitForTimeout(Math.max(0, expiresAt - Date.now()) + 2000);
    assert.ok(refreshes.length >= 1, 'mindestens eine Erneuerung mit dem Refresh-Token');
    const renewed = await storedUser(page);
    assert.notEqual(renewed.access_token, first.access_token);
    const saved = page.waitForResponse(
      (r) => r.url().endsWith(`/api/v1/projekte/${eigenes}`) && r.request().method() !== 'GET',
    );
    await page.getByRole('button', { name: 'Angaben speichern' }).click();
    const answer = await saved;
    assert.equal(answer.status(), 200);
    // sent with a renewed token, not the first one (another renewal may have followed by the time we look)
    const gesendet =
      answer
        .request()
        .headers()
        .authorization?.replace(/^Bearer /, '') ?? '';
    const iat = (token) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).iat;
    assert.notEqual(gesendet, first.access_token);
    assert.ok(iat(gesendet) >= iat(renewed.access_token), 'mit einem erneuerten Token gespeichert');
    await page.getByText('Angaben gespeichert.').waitFor();

    // the session is revoked at Keycloak (signed out everywhere): the next renewal fails, the token runs out
    await page.getByRole('button', { name: 'Angaben bearbeiten' }).click();
    const titel2 = `Beispiel: nach erneuter Anmeldung gespeichert ${LAUF}`;
    await page.locator('#pe-titel').fill(titel2);
    await kc.logoutUser(users.langId);
    const current = await storedUser(page);
    await page.waitForTimeout(Math.max(0, current.expires_at * 1000 - Date.now()) + 2000);

    const refused = page.waitForResponse(
      (r) => r.url().endsWith(`/api/v1/projekte/${eigenes}`) && r.request().method() !== 'GET',
    );
    await page.getByRole('button', { name: 'Angaben speichern' }).click();
    assert.equal((await refused).status(), 401);
    const dialog = page.getByRole('dialog', { name: 'Anmeldung abgelaufen' });
    await dialog.waitFor();
    await assertAccessible(page, 'Anmeldung abgelaufen');
    await screenshot(page, 'sso-anmeldung-abgelaufen');
    assert.equal(await page.locator('#pe-titel').inputValue(), titel2, 'die Eingabe ist noch da');
    assert.equal(
      await page.getByRole('link', { name: 'Anmelden' }).count(),
      0,
      'bis zur neuen Anmeldung bleibt die Person angemeldet (kein stilles Abmelden)',
    );

    // sign in again in a new window; the page stays as it is
    const popupOpened = page.waitForEvent('popup');
    await dialog.getByRole('button', { name: 'Erneut anmelden' }).click();
    const popup = await popupOpened;
    await popup.locator('#username').waitFor();
    assert.equal(await popup.locator('#username').inputValue(), users.lang, 'login_hint füllt den Namen vor');
    await popup.locator('#password').fill(SSO_PASSWORD);
    await popup.locator('#kc-login').click();
    await popup.waitForEvent('close');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await page.locator('#pe-titel').inputValue(), titel2);

    await page.getByRole('button', { name: 'Angaben speichern' }).click();
    await page.getByText('Angaben gespeichert.').waitFor();
    assert.equal((await admin.call('GET', `/api/v1/projekte/${eigenes}`)).body.titel, titel2);
    page.assertClean();
  });
});
