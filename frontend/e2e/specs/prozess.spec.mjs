// The shared process in the browser: an editor creates a project, builds its team, records a workshop and a
// Gremien decision and carries it into UMSETZUNG; anonymous visitors then find it and cannot edit it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  ADMIN_PASSWORD,
  API_URL,
  apiSession,
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
const KONTO = `redaktion.prozess.${Date.now().toString(36)}`;

async function phaseWechseln(page, nach, extra = async () => {}) {
  await page.getByRole('button', { name: 'Phase wechseln' }).click();
  await page.locator('#pw-nach').selectOption(nach);
  await extra();
  await page.getByRole('button', { name: 'Phase wechseln' }).last().click();
  await page
    .getByText(/^Phase gewechselt: jetzt /)
    .waitFor()
    .catch(async (e) => {
      await screenshot(page, `phasenwechsel-${nach}-fehler`);
      throw e;
    });
}

describe('Der gemeinsame Prozess im Dashboard', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
    const admin = await apiSession('admin', ADMIN_PASSWORD);
    const r = await admin.call('POST', '/api/v1/admin/konten', {
      body: {
        benutzername: KONTO,
        anzeigename: 'Redaktion Bonn',
        passwort: ANFANG,
        rollen: ['REDAKTION'],
        organisationId: 'kommune-05314000',
      },
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
  });
  after(() => browser?.close());

  test('Anlegen → Team → Workshop → Gremium → Umsetzung; danach öffentlich sichtbar und nicht bearbeitbar', async () => {
    const page = await openPage(browser);
    await signIn(page, KONTO, ANFANG);
    await page.locator('#pw-alt').fill(ANFANG);
    await page.locator('#pw-neu').fill(EIGENES);
    await page.locator('#pw-wiederholung').fill(EIGENES);
    await page.getByRole('button', { name: 'Passwort ändern' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/passwort'));
    // an editor starts on "Meine Aufgaben": the Kommune's entries due for an update, with a link to report each
    await page.getByRole('heading', { level: 1, name: 'Meine Aufgaben' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/aufgaben');
    await page.getByRole('heading', { name: 'Projekte Ihrer Organisation' }).waitFor();
    await page.getByRole('heading', { name: 'Seit 90 Tagen nicht aktualisiert' }).waitFor();
    await settled(page);
    const stand = await (await fetch(new URL('/api/v1/kommunen/05314000/umsetzungsstand', API_URL))).json();
    const grenze = Date.now() - 90 * 24 * 3600 * 1000;
    const faellig = stand.leistungen.filter(
      (l) => l.zustaendig && (!l.aktualisiertAm || Date.parse(l.aktualisiertAm) < grenze),
    ).length;
    assert.equal(
      await page.getByRole('link', { name: /^Stand melden: / }).count(),
      Math.min(faellig, 50),
      'die fälligen Einträge der Kommune, höchstens 50',
    );
    await assertAccessible(page, 'Meine Aufgaben (Redaktion)');
    await screenshot(page, 'meine-aufgaben-redaktion');

    await goto(page, '/projekte');
    await page.getByRole('link', { name: 'Projekt anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Projekt anlegen' }).waitFor();
    await settled(page);
    await page.getByRole('button', { name: 'Projekt anlegen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie Ihre Angaben' }).waitFor();
    await assertAccessible(page, 'Projekt anlegen mit Fehlern');
    await screenshot(page, 'projekt-anlegen-fehler');

    const titel = `Führerschein digital (E2E ${Date.now()})`;
    await page.locator('#pn-titel').fill(titel);
    await page
      .locator('#pn-zusammenfassung')
      .fill('Gemeinsame Umsetzung des Führerscheinantrags für die Kommunen.');
    await page.locator('#pn-themenfeld').selectOption({ label: 'Mobilität & Reisen' });
    // Leistungen are ticked in a checkbox list, found by name or OZG-ID – no typed IDs
    await page.locator('#pn-leistungen-suche').fill('10169');
    await page.locator('#pn-leistungen-10169').check();
    await page.getByRole('group', { name: /OZG-Leistungen \(1 gewählt\)/ }).waitFor();
    await assertAccessible(page, 'Projekt anlegen ausgefüllt');
    await screenshot(page, 'projekt-anlegen-ausgefuellt');
    // at 390 px the form fits the screen: nothing sticks out sideways
    await page.setViewportSize({ width: 390, height: 844 });
    assert.ok(
      (await page.evaluate(() => document.documentElement.scrollWidth)) <= 390,
      'Projekt anlegen passt auf 390 px',
    );
    await screenshot(page, 'projekt-anlegen-390');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'Projekt anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: titel }).waitFor();
    await settled(page);

    await page.getByRole('button', { name: 'Teilnahme hinzufügen' }).click();
    // the organisation is chosen by name from a combobox, with the keyboard alone
    await page.locator('#tn-organisation').fill('Aachen, St');
    await page.getByRole('option', { name: 'Aachen, Stadt' }).waitFor();
    await page.locator('#tn-organisation').press('ArrowDown');
    await page.locator('#tn-organisation').press('Enter');
    assert.equal(await page.locator('#tn-organisation').inputValue(), 'Aachen, Stadt');
    await page.locator('#tn-rolle').selectOption('PILOT');
    await page.getByRole('button', { name: 'Teilnahme speichern' }).click();
    await page.getByText('ist jetzt Pilot').waitFor();

    await phaseWechseln(page, 'WORKSHOP');
    await page.getByRole('button', { name: 'Workshop erfassen' }).click();
    await page.locator('#ws-titel').fill('Umsetzungsvariante Führerschein');
    await page.locator('#ws-prioritaeten').fill('Zuerst der Antrag auf Ersterteilung.');
    await page.locator('#ws-mitwirkend-suche').fill('Köln, Stadt');
    await page.locator('#ws-mitwirkend-kommune-05315000').check();
    await page.getByRole('button', { name: 'Workshop speichern' }).click();
    await page.getByText('Workshop „Umsetzungsvariante Führerschein“ erfasst.').waitFor();
    // an existing workshop is edited in place
    await page
      .getByRole('button', { name: 'Bearbeiten: Workshop „Umsetzungsvariante Führerschein“' })
      .click();
    const titelFeld = page.getByRole('textbox', { name: 'Titel' }).last();
    assert.equal(await titelFeld.inputValue(), 'Umsetzungsvariante Führerschein');
    await titelFeld.fill('Umsetzungsvariante Führerschein (überarbeitet)');
    await assertAccessible(page, 'Workshop bearbeiten');
    await page.getByRole('button', { name: 'Workshop speichern' }).last().click();
    await page.getByText('Workshop „Umsetzungsvariante Führerschein (überarbeitet)“ gespeichert.').waitFor();
    // exact: the Historie below has a heading "Workshop „… (überarbeitet)“ zu „…“ geändert" too
    await page
      .getByRole('heading', { level: 3, name: 'Umsetzungsvariante Führerschein (überarbeitet)', exact: true })
      .waitFor();

    await phaseWechseln(page, 'GREMIEN', async () => {
      await page
        .locator('#pw-repr')
        .fill('Die Landgemeinden vertritt der Städte- und Gemeindebund; sie steigen in der Pilotierung ein.');
    });
    await page.getByRole('heading', { name: 'Nicht repräsentativ, aber begründet' }).waitFor();

    await page.getByRole('button', { name: 'Entscheidung erfassen' }).click();
    await page.locator('#ent-gremium').selectOption('it-kooperationsrat-nrw');
    await page.locator('#ent-ergebnis').selectOption('ZUGESTIMMT');
    await page.locator('#ent-referenz').fill('ITKR 2026/17');
    await page.getByRole('button', { name: 'Entscheidung speichern' }).click();
    await page.getByText('Gremienentscheidung erfasst.').waitFor();

    await phaseWechseln(page, 'UMSETZUNG');
    await assertAccessible(page, 'Projekt in der Umsetzung (Redaktion)');
    await screenshot(page, 'projekt-umsetzung-redaktion');

    await page.getByRole('button', { name: 'Redaktion Bonn' }).click();
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.getByRole('link', { name: 'Anmelden' }).waitFor();

    await goto(page, `/projekte?q=${encodeURIComponent('Führerschein digital')}&phase=UMSETZUNG`);
    await page.getByRole('link', { name: titel }).click();
    await page.getByRole('heading', { level: 1, name: titel }).waitFor();
    await settled(page);
    await page.getByRole('heading', { name: /Workshops \(1\)/ }).waitFor();
    await page.getByText('ITKR 2026/17').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Angaben bearbeiten' }).count(), 0);
    assert.equal(
      await page.getByText('Beispieldaten').count(),
      0,
      'ein echtes Projekt trägt kein Beispiel-Banner',
    );
    assert.equal(await page.getByRole('button', { name: 'Projekt löschen' }).count(), 0);
    const projektPfad = new URL(page.url()).pathname;

    // the administration may delete it, after a confirmation
    await signIn(page, 'admin', ADMIN_PASSWORD);
    await goto(page, projektPfad);
    await page.getByRole('heading', { level: 1, name: titel }).waitFor();
    await page.getByRole('button', { name: 'Projekt löschen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Projekt löschen?' });
    await dialog.waitFor();
    await assertAccessible(page, 'Projekt löschen bestätigen');
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Projekt löschen' }).click();
    await dialog.getByRole('button', { name: 'Endgültig löschen' }).click();
    await page.waitForURL((url) => url.pathname === '/projekte');
    await page.getByText(`Projekt „${titel}“ gelöscht.`).waitFor();
    const weg = await fetch(new URL(`/api/v1${projektPfad}`, API_URL));
    assert.equal(weg.status, 404);
    page.assertClean();
  });
});
