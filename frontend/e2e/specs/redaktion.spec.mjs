// Editors and administrators in the browser against the real backend: sign-in, accounts, API tokens (secret
// shown once), audit trail, sign-out; an editor's change with If-Match and the conflict dialog after someone
// else saved; a refused write; the projects list → project → team and representativeness.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  ADMIN_PASSWORD,
  API_URL,
  apiSession,
  apiTotal,
  assertAccessible,
  goto,
  launchBrowser,
  openPage,
  screenshot,
  settled,
  signIn,
} from '../support.mjs';

const ANFANG = 'Anfangs-Passwort-2026';
const EIGENES = 'Eigenes-Passwort-2026';
/** Unique per run, so that the spec also runs against a backend that has seen it before. */
const LAUF = Date.now().toString(36);

/** An editor account made by the admin through the API; its first sign-in asks for an own password. */
async function redaktion(admin, benutzername, organisationId) {
  const r = await admin.call('POST', '/api/v1/admin/konten', {
    body: {
      benutzername,
      anzeigename: `Redaktion ${benutzername}`,
      passwort: ANFANG,
      rollen: ['REDAKTION'],
      organisationId,
    },
  });
  assert.equal(r.status, 201, JSON.stringify(r.body));
}

async function ersteAnmeldung(page, benutzername) {
  await signIn(page, benutzername, ANFANG);
  assert.match(new URL(page.url()).pathname, /^\/passwort/);
  await page.locator('#pw-alt').fill(ANFANG);
  await page.locator('#pw-neu').fill(EIGENES);
  await page.locator('#pw-wiederholung').fill(EIGENES);
  await page.getByRole('button', { name: 'Passwort ändern' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/passwort'));
  await settled(page);
}

/** A project in which the organisation is in the team (federführend, mitwirkend or Pilot). */
async function projektMit(organisationId) {
  for (const rolle of ['MITWIRKEND', 'PILOT']) {
    const r = await fetch(
      new URL(`/api/v1/projekte?organisation=${organisationId}&rolle=${rolle}&size=1`, API_URL),
    );
    const body = await r.json();
    if (body.items.length) return body.items[0].id;
  }
  throw new Error(`kein Projekt mit ${organisationId}`);
}

describe('Redaktion und Verwaltung', () => {
  let browser;
  let admin;
  before(async () => {
    browser = await launchBrowser();
    admin = await apiSession('admin', ADMIN_PASSWORD);
  });
  after(() => browser?.close());

  test('Administration: anmelden, Konto und Token anlegen (Geheimnis nur einmal), Audit-Trail, abmelden', async () => {
    const page = await openPage(browser);
    await signIn(page, 'admin', ADMIN_PASSWORD);
    const menu = page.getByRole('button', { name: 'Administration' });
    await menu.click();
    await assert.doesNotReject(page.getByText('Angemeldet als admin').waitFor());

    await goto(page, '/verwaltung/konten');
    await assertAccessible(page, 'Konten');
    await page.locator('#konto-benutzername').fill(`redaktion.${LAUF}`);
    await page.locator('#konto-anzeigename').fill('Redaktion E2E');
    await page.locator('#konto-passwort').fill(ANFANG);
    await page.locator('#konto-rolle').selectOption('REDAKTION');
    // the organisation is a combobox: typed, chosen with the arrow keys and Enter, no 465-entry select
    await page.locator('#konto-organisation').fill('civitec');
    await page
      .getByRole('option', { name: /civitec/i })
      .first()
      .waitFor();
    await page.locator('#konto-organisation').press('ArrowDown');
    await page.locator('#konto-organisation').press('Enter');
    assert.match(await page.locator('#konto-organisation').inputValue(), /civitec/i);
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await page.getByText(`Konto redaktion.${LAUF} angelegt`).waitFor();
    await page.getByRole('rowheader', { name: `redaktion.${LAUF}` }).waitFor();
    await screenshot(page, 'verwaltung-konten');

    await goto(page, '/verwaltung/tokens');
    await assertAccessible(page, 'API-Tokens');
    await page.locator('#token-name').fill(`E2E-Import ${LAUF}`);
    await page.getByRole('button', { name: 'Token anlegen' }).click();
    const geheimnis = (await page.getByTestId('token-geheimnis').textContent()).trim();
    assert.match(geheimnis, /^ddb_/);
    await assertAccessible(page, 'API-Token angelegt');
    await screenshot(page, 'verwaltung-token-geheimnis');

    const me = await fetch(new URL('/api/v1/auth/me', API_URL), {
      headers: { Authorization: `Bearer ${geheimnis}` },
    });
    assert.equal(me.status, 200);
    assert.equal((await me.json()).art, 'TOKEN');

    await page.reload();
    await settled(page);
    assert.equal(await page.getByTestId('token-geheimnis').count(), 0, 'das Geheimnis erscheint nur einmal');
    const zeile = page.getByRole('row', { name: new RegExp(`E2E-Import ${LAUF}`) });
    await assert.doesNotReject(zeile.getByText('aktiv').waitFor());
    await zeile.getByRole('button', { name: /Widerrufen/ }).click();
    await zeile.getByRole('button', { name: /Endgültig widerrufen/ }).click();
    await page.getByText(`Token „E2E-Import ${LAUF}“ widerrufen.`).waitFor();
    const danach = await fetch(new URL('/api/v1/auth/me', API_URL), {
      headers: { Authorization: `Bearer ${geheimnis}` },
    });
    assert.equal(danach.status, 401, 'ein widerrufenes Token gilt nicht mehr');

    await goto(page, '/verwaltung/audit?entitaet=KONTO');
    await assertAccessible(page, 'Audit-Trail');
    await page
      .getByRole('heading', { name: new RegExp(`redaktion\\.${LAUF}`) })
      .first()
      .waitFor();
    assert.ok(
      (await page.locator('.audit-entry strong', { hasText: /^admin$/ }).count()) >= 1,
      'der Audit-Trail nennt, wer',
    );
    await screenshot(page, 'verwaltung-audit');

    await page.getByRole('button', { name: 'Administration' }).click();
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.getByRole('link', { name: 'Anmelden' }).waitFor();
    await goto(page, '/verwaltung/konten');
    assert.match(
      new URL(page.url()).pathname,
      /^\/anmelden/,
      'nach dem Abmelden führt die Verwaltung zur Anmeldung',
    );
    page.assertClean();
  });

  test('Redaktion: Änderung mit If-Match; wer inzwischen gespeichert hat, führt zum Konflikt-Dialog', async () => {
    const org = 'kommune-05315000';
    await redaktion(admin, `koeln.${LAUF}`, org);
    const id = await projektMit(org);
    const page = await openPage(browser, { allowConsole: /status of 412/ });
    await ersteAnmeldung(page, `koeln.${LAUF}`);

    await goto(page, `/projekte/${id}`);
    await page.getByRole('heading', { name: 'Bearbeiten' }).waitFor();
    await page.getByRole('button', { name: 'Angaben bearbeiten' }).click();
    const titel = `Beispiel: von der Redaktion geändert ${Date.now()}`;
    await page.locator('#pe-titel').fill(titel);

    // Meanwhile another session saves the same project.
    const gelesen = await admin.call('GET', `/api/v1/projekte/${id}`);
    const andere = await admin.call('PATCH', `/api/v1/projekte/${id}`, {
      ifMatch: gelesen.etag,
      body: { zusammenfassung: 'Beispielprojekt – von der Koordination inzwischen ergänzt.' },
    });
    assert.equal(andere.status, 200);

    await page.getByRole('button', { name: 'Angaben speichern' }).click();
    const dialog = page.getByRole('dialog', { name: 'Inzwischen geändert' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Unterschiede anzeigen' }).click();
    await dialog.getByRole('rowheader', { name: 'Zusammenfassung' }).waitFor();
    await assertAccessible(page, 'Konflikt-Dialog');
    await screenshot(page, 'projekt-konflikt');
    await dialog.getByRole('button', { name: 'Neu laden und Eingaben behalten' }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await page.locator('#pe-titel').inputValue(), titel, 'die Eingabe bleibt erhalten');
    assert.equal(
      await page.locator('#pe-zusammenfassung').inputValue(),
      'Beispielprojekt – von der Koordination inzwischen ergänzt.',
      'was die Redaktion nicht angefasst hat, folgt der neuesten Fassung',
    );
    await page.getByRole('button', { name: 'Angaben speichern' }).click();
    await page.getByText('Angaben gespeichert.').waitFor();
    await page.getByRole('heading', { level: 1, name: titel }).waitFor();

    const feed = await (
      await fetch(new URL(`/api/v1/aenderungen?entitaet=PROJEKT&id=${id}`, API_URL))
    ).json();
    assert.ok(feed.total >= 2, 'beide Änderungen stehen im öffentlichen Änderungsprotokoll');
    await goto(page, '/aenderungen?entitaet=PROJEKT');
    await page
      .getByRole('link', { name: new RegExp(titel.slice(0, 30)) })
      .first()
      .waitFor();
    page.assertClean();
  });

  test('Redaktion einer anderen Organisation: keine Bearbeitung; nach Entzug wird eine Änderung klar abgewiesen', async () => {
    const page = await openPage(browser, { allowConsole: /status of 403/ });
    await redaktion(admin, `fremd.${LAUF}`, 'staedtetag-nrw');
    const org = 'kommune-05334002';
    await redaktion(admin, `aachen.${LAUF}`, org);
    const id = await projektMit(org);

    await ersteAnmeldung(page, `fremd.${LAUF}`);
    await goto(page, `/projekte/${id}`);
    await page.getByText('Sie können dieses Projekt nicht bearbeiten').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Angaben bearbeiten' }).count(), 0);
    await page.getByRole('button', { name: `Redaktion fremd.${LAUF}` }).click();
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.getByRole('link', { name: 'Anmelden' }).waitFor();

    await ersteAnmeldung(page, `aachen.${LAUF}`);
    await goto(page, `/projekte/${id}`);
    await page.getByRole('button', { name: 'Angaben bearbeiten' }).click();
    await page.locator('#pe-titel').fill('Beispiel: darf nicht gespeichert werden');
    // The coordination takes Aachen out of the team meanwhile.
    const p = await admin.call('GET', `/api/v1/projekte/${id}`);
    const team = p.body.teilnahmen
      .filter((t) => t.organisation.id !== org)
      .map((t) => ({ organisationId: t.organisation.id, rolle: t.rolle, seit: t.seit }));
    assert.equal(
      (
        await admin.call('PUT', `/api/v1/projekte/${id}/teilnahmen`, {
          ifMatch: p.etag,
          body: { teilnahmen: team },
        })
      ).status,
      200,
    );

    await page.getByRole('button', { name: 'Angaben speichern' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Keine Berechtigung' });
    await alert.waitFor();
    await assert.doesNotReject(
      alert.getByText('Ihre Rolle oder Organisation erlaubt diese Änderung nicht').waitFor(),
    );
    await screenshot(page, 'projekt-abgewiesen');
    const unveraendert = await admin.call('GET', `/api/v1/projekte/${id}`);
    assert.notEqual(unveraendert.body.titel, 'Beispiel: darf nicht gespeichert werden');
    page.assertClean();
  });

  test('Gremien und Koordination: die Administration bearbeitet sie in der Oberfläche', async () => {
    const page = await openPage(browser);
    await signIn(page, 'admin', ADMIN_PASSWORD);
    await goto(page, '/gremien');
    const knopf = page.getByRole('button', { name: /^Bearbeiten: Gremium / }).first();
    const name = (await knopf.getAttribute('aria-label')).match(/Gremium „(.*)“/)[1];
    await knopf.click();
    const aufgabe = page.getByRole('textbox', { name: /^Aufgabe/ });
    const vorher = await aufgabe.inputValue();
    await aufgabe.fill(`${vorher} (E2E ${LAUF})`);
    await assertAccessible(page, 'Gremium bearbeiten');
    await page.getByRole('button', { name: 'Gremium speichern' }).click();
    await page.getByText(`Gremium „${name}“ gespeichert.`).waitFor();
    await page.getByRole('cell', { name: `${vorher} (E2E ${LAUF})` }).waitFor();
    // and back, so that the data stays as it was
    await page.getByRole('button', { name: `Bearbeiten: Gremium „${name}“` }).click();
    await page.getByRole('textbox', { name: /^Aufgabe/ }).fill(vorher);
    await page.getByRole('button', { name: 'Gremium speichern' }).click();
    await page.getByText(`Gremium „${name}“ gespeichert.`).waitFor();

    await goto(page, '/koordination');
    await page.getByRole('heading', { name: 'Koordination bearbeiten' }).waitFor();
    await page
      .getByRole('button', { name: /^Bearbeiten: Koordination von / })
      .first()
      .click();
    await page.getByRole('textbox', { name: /^E-Mail der Kontaktperson/ }).fill('keine-adresse');
    await page.getByRole('button', { name: 'Koordination speichern' }).click();
    await page.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie Ihre Angaben' }).waitFor();
    await assertAccessible(page, 'Koordination bearbeiten mit Fehler');
    await screenshot(page, 'koordination-bearbeiten-fehler');
    await page.getByRole('button', { name: 'Abbrechen' }).click();
    page.assertClean();
  });

  test('Projekte: Filter in der Adresse → Projekt → Team und Repräsentativität', async () => {
    const page = await openPage(browser);
    await goto(page, '/projekte');
    await page.locator('#projekte-phase').selectOption('UMSETZUNG');
    await page.getByRole('button', { name: 'Projekte anzeigen' }).click();
    await page.waitForURL(/phase=UMSETZUNG/);
    await settled(page);
    const total = await apiTotal('/api/v1/projekte?phase=UMSETZUNG');
    await page.getByText(new RegExp(`^${total} Projekte? gefunden`)).waitFor();
    assert.ok((await page.getByText('Beispieldaten').count()) >= 1, 'Beispielprojekte sind gekennzeichnet');

    // filters by name, by keyboard alone: the URL keeps the AGS, the field shows the name
    await page.locator('#projekte-kommune').focus();
    await page.keyboard.type('Bonn');
    await page.getByRole('option', { name: /^Bonn/ }).first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('#projekte-kommune').getAttribute('aria-expanded'), 'false');
    await page.keyboard.press('Enter');
    await page.waitForURL(/kommune=05314000/);
    await settled(page);
    assert.match(await page.locator('#projekte-kommune').inputValue(), /^Bonn/);
    await assertAccessible(page, 'Projekte nach Kommune gefiltert');
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('kommune'));
    await settled(page);

    const erstes = page.getByRole('rowheader').first().getByRole('link');
    const name = (await erstes.textContent()).trim();
    await erstes.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await settled(page);
    await page.getByRole('heading', { name: 'Team und Repräsentativität' }).waitFor();
    await page
      .getByRole('heading', { name: /repräsentativ/ })
      .first()
      .waitFor();
    await page.getByText('Die Regel').waitFor();
    await page.getByRole('heading', { name: /^Federführend/ }).waitFor();
    assert.equal(
      await page.getByRole('heading', { name: 'Bearbeiten' }).count(),
      0,
      'ohne Anmeldung keine Bearbeitung',
    );
    await page.goBack();
    await page.waitForURL(/phase=UMSETZUNG/);
    page.assertClean();
  });
});
