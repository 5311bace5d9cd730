// Umsetzungsstand end to end: an integrator's token imports a file through the import page (dry run first,
// then for real) and the map changes; a bad row is reported with line, field and reason and changes nothing;
// the Kommune profile shows Soll/Ist; the matrix page keeps its filters in the URL.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { ADMIN_PASSWORD } from '../stack.mjs';
import {
  API_URL,
  assertAccessible,
  goto,
  launchBrowser,
  openPage,
  screenshot,
  settled,
  signIn,
} from '../support.mjs';

async function api(path, init = {}) {
  const response = await fetch(new URL(path, API_URL), init);
  const body = response.headers.get('content-type')?.includes('json') ? await response.json() : undefined;
  assert.ok(response.ok, `${init.method ?? 'GET'} ${path}: ${response.status} ${JSON.stringify(body)}`);
  return { response, body };
}

/** Signs in as admin and creates an API token with a role (INTEGRATION: an integrator), as the administration would. */
async function apiToken(rolle = 'INTEGRATION') {
  const login = await api('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ benutzername: 'admin', passwort: ADMIN_PASSWORD }),
  });
  const cookies = login.response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const laeuftAb = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();
  const { body } = await api('/api/v1/admin/tokens', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookies, 'X-CSRF-Token': login.body.csrfToken },
    body: JSON.stringify({ name: `e2e-${rolle} ${Date.now()}`, rolle, laeuftAb }),
  });
  assert.match(body.geheimnis, /^ddb_/);
  return body.geheimnis;
}

/** The map table's value for a region, e.g. "39,2". */
async function mapValue(page, name) {
  // on the start page the map is compact: its table sits in a closed accordion below it
  await page.getByText('Werte der Karte als Tabelle').click();
  const row = page
    .getByRole('table', { name: /als Tabelle/ })
    .getByRole('row', { name: new RegExp(`^${name}`) });
  return (await row.getByRole('cell').last().textContent()).trim();
}

describe('Umsetzungsstand', () => {
  let browser;
  let token;
  let gemeinde;
  let soll;
  before(async () => {
    browser = await launchBrowser();
    token = await apiToken();
    const { body: liste } = await api('/api/v1/kommunen?kreis=05382&ebene=GEMEINDE&sort=name&size=1');
    gemeinde = liste.items[0];
    const { body: stand } = await api(`/api/v1/kommunen/${gemeinde.ags}/umsetzungsstand?reifegradMin=2`);
    soll = stand.leistungen.filter((l) => l.zustaendig).map((l) => l.ozgId);
    assert.ok(soll.length > 10, 'die Gemeinde hat ein Soll');
  });
  after(() => browser?.close());

  test('ein Integrator importiert über die Import-Seite, erst zur Probe, dann echt – die Karte ändert sich', async () => {
    const mapPath = `/?bezirk=053&kreis=05382&kennzahl=umsetzung-a-r2`;
    const page = await openPage(browser);
    await goto(page, mapPath);
    const vorher = await mapValue(page, gemeinde.name);
    assert.notEqual(vorher, '100,0');

    const csv = [
      'ags;ozg_id;status;reifegrad;url;online_seit',
      ...soll.map((id) => `${gemeinde.ags};${id};ONLINE;4;https://example.org/e2e/${id};2026-01-31`),
    ].join('\n');
    const file = { name: 'stand.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') };

    await goto(page, '/importe');
    await page.getByRole('textbox', { name: 'Geheimnis des API-Tokens' }).fill(token);
    await page.getByLabel('Datei', { exact: true }).setInputFiles(file);
    assert.equal(
      await page.getByRole('checkbox', { name: /Probelauf/ }).isChecked(),
      true,
      'Probelauf ist voreingestellt',
    );
    await page.getByRole('button', { name: 'Probelauf starten' }).click();
    await page.getByText(/^Probelauf \d+ fertig – nichts geschrieben$/).waitFor({ timeout: 30000 });
    assert.equal(await page.getByRole('progressbar').getAttribute('value'), '100');
    const zahl = async (label) =>
      Number((await page.locator('dt', { hasText: label }).locator('+ dd').textContent()).replace(/\./g, ''));
    assert.equal(await zahl('Datensätze gelesen'), soll.length);
    assert.equal(
      (await zahl('würden neu')) + (await zahl('würden geändert')) + (await zahl('unverändert')),
      soll.length,
    );
    assert.equal(await zahl('fehlerhaft'), 0);
    // the dry run wrote nothing
    await goto(page, mapPath);
    assert.equal(await mapValue(page, gemeinde.name), vorher);

    await goto(page, '/importe');
    await page.getByRole('textbox', { name: 'Geheimnis des API-Tokens' }).fill(token);
    await page.getByLabel('Datei', { exact: true }).setInputFiles(file);
    await page.getByRole('checkbox', { name: /Probelauf/ }).uncheck();
    await page.getByRole('button', { name: 'Importieren' }).click();
    await page.getByText(/^Import \d+ fertig$/).waitFor({ timeout: 30000 });
    assert.equal(await zahl('fehlerhaft'), 0);

    await goto(page, mapPath);
    assert.equal(await mapValue(page, gemeinde.name), '100,0');
    page.assertClean();
  });

  test('eine fehlerhafte Zeile: Zeile, Feld und Grund, nichts geschrieben', async () => {
    const { body: vorher } = await api(`/api/v1/kommunen/05315000/umsetzungsstand?reifegradMin=0`);
    const csv = [
      'ags;ozg_id;status;reifegrad',
      `05315000;${vorher.leistungen[0].ozgId};ONLINE;4`,
      `05315000;${vorher.leistungen[1].ozgId};ONLINE;9`,
    ].join('\n');
    const page = await openPage(browser, { allowConsole: /status of 4\d\d/ });
    await goto(page, '/importe');
    await page.getByRole('textbox', { name: 'Geheimnis des API-Tokens' }).fill(token);
    await page
      .getByLabel('Datei', { exact: true })
      .setInputFiles({ name: 'fehler.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByRole('checkbox', { name: /Probelauf/ }).uncheck();
    await page.getByRole('button', { name: 'Importieren' }).click();
    const fehler = page.getByRole('table', { name: /^Fehler in der Datei/ });
    await fehler.waitFor({ timeout: 30000 });
    const zeile = fehler.getByRole('row').nth(1);
    const zellen = (await zeile.getByRole('cell').allTextContents()).map((t) => t.trim());
    assert.equal(zellen[0], '3');
    assert.match(zellen[1], /reifegrad/i);
    await page.getByText(/^Import \d+ (fehlgeschlagen|: nichts geschrieben)$/).waitFor();
    // the whole error list as a file, fetched with the page's token
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Alle 1 Fehler als CSV herunterladen$/ }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^import-\d+-fehler\.csv$/);
    const inhalt = readFileSync(await download.path(), 'utf8');
    assert.match(inhalt, /^\uFEFF?zeile;feld;wert;grund/);
    assert.match(inhalt, /\n3;reifegrad;9;/i);
    const { body: nachher } = await api(`/api/v1/kommunen/05315000/umsetzungsstand?reifegradMin=0`);
    assert.equal(nachher.online, vorher.online, 'nichts geschrieben');
    page.assertClean();
  });

  test('Import-Seite: Vorlage verlinkt; Probelauf mit fehlerhaften Zeilen ist eine abgeschlossene Prüfung', async () => {
    const page = await openPage(browser);
    await goto(page, '/importe');
    for (const [name, typ] of [
      ['Vorlage als CSV', /text\/csv/],
      ['Vorlage als XLSX', /spreadsheetml/],
    ]) {
      const href = await page.getByRole('link', { name }).getAttribute('href');
      const antwort = await fetch(new URL(href, API_URL));
      assert.equal(antwort.status, 200, href);
      assert.match(antwort.headers.get('content-type'), typ);
    }
    const csv = ['ags;ozg_id;status', '05315000;10169;ONLINE', '0531500x;10169;ONLINE'].join('\n');
    await page.getByRole('textbox', { name: 'Geheimnis des API-Tokens' }).fill(token);
    await page
      .getByLabel('Datei', { exact: true })
      .setInputFiles({ name: 'probe.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByRole('radio', { name: /fehlerhaften übergehen/ }).check();
    await page.getByLabel(/Status ONLINE ohne Reifegrad/).selectOption('3');
    await page.getByRole('button', { name: 'Probelauf starten' }).click();
    await page
      .getByText(/^Probelauf \d+: Prüfung abgeschlossen – 1 fehlerhaft, nichts geschrieben$/)
      .waitFor({
        timeout: 30000,
      });
    assert.equal(await page.getByText(/fehlgeschlagen/).count(), 0);
    await page.getByRole('table', { name: /^Je Status in der Datei/ }).waitFor();
    await page.getByText(/mit Reifegrad 3, wie gewählt/).waitFor();
    await assertAccessible(page, 'Import: Probelauf mit Fehlern');
    await screenshot(page, 'import-probelauf-fehler');
    await page.setViewportSize({ width: 390, height: 844 });
    assert.ok(
      (await page.evaluate(() => document.documentElement.scrollWidth)) <= 390,
      'die Import-Seite passt auf 390 px',
    );
    await screenshot(page, 'import-probelauf-390');
    page.assertClean();
  });

  test('ohne gültiges Token lehnt der Server ab, die Seite sagt es', async () => {
    const page = await openPage(browser, { allowConsole: /status of 401/ });
    await goto(page, '/importe');
    await page.getByRole('textbox', { name: 'Geheimnis des API-Tokens' }).fill('ddb_falsch_falsch_falsch');
    await page.getByLabel('Datei', { exact: true }).setInputFiles({
      name: 'x.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('ags;ozg_id;status\n', 'utf8'),
    });
    await page.getByRole('button', { name: 'Probelauf starten' }).click();
    await page.getByRole('alert').waitFor();
    page.assertClean();
  });

  test('Profil einer Kommune: Soll und Ist je Themenfeld, Beispieldaten gekennzeichnet', async () => {
    const page = await openPage(browser);
    await goto(page, '/kommunen/05315000');
    await page.getByRole('heading', { level: 2, name: 'Umsetzungsstand' }).waitFor();
    await page
      .getByText(/Anteil online: [\d,]+ % \([\d.]+ von\s+[\d.]+ Soll-Leistungen mit Reifegrad ≥ 2\)/)
      .waitFor();
    const table = page.getByRole('table', { name: 'Soll und Ist der Stadt Köln je Themenfeld' });
    assert.equal(await table.getByRole('row').count(), 14 + 1);
    await page.getByRole('note', { name: 'Beispieldaten' }).first().waitFor();
    await page.getByText('Vergleich: Großstadt').waitFor();
    // "Wie wird gezählt?" opens and names the formula
    const erklaerung = page.locator('details', { hasText: 'Metrik a' }).first();
    assert.equal(await erklaerung.getByText(/Metrik a/).isVisible(), false);
    await erklaerung.getByText('Wie wird gezählt?').click();
    await erklaerung.getByText(/Metrik a/).waitFor();
    page.assertClean();
  });

  test('Stand melden angemeldet: ohne Token, Meldungen am Feld statt Browser-Blasen, Erfolg gemeldet', async () => {
    const page = await openPage(browser);
    await signIn(page, 'admin', ADMIN_PASSWORD);
    await goto(page, '/kommunen/05315000/umsetzungsstand/10169');
    await page.getByRole('heading', { level: 1, name: /^Stand melden: / }).waitFor();
    await page.getByText(/Sie sind angemeldet als .*; gespeichert wird unter diesem Konto/).waitFor();
    assert.equal(await page.getByRole('textbox', { name: 'Geheimnis des API-Tokens' }).count(), 0);
    await page.getByLabel('Status').selectOption('ONLINE');
    await page.getByLabel(/^Adresse des Online-Angebots/).fill('keine-adresse');
    await page.getByRole('button', { name: 'Stand speichern' }).click();
    await page.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie Ihre Angaben' }).waitFor();
    const feld = page.getByLabel(/^Adresse des Online-Angebots/);
    assert.equal(await feld.getAttribute('aria-invalid'), 'true');
    assert.match(await feld.getAttribute('aria-describedby'), /eintrag-url-error/);
    await assertAccessible(page, 'Stand melden mit Fehler');
    await screenshot(page, 'stand-melden-fehler');
    await feld.fill('https://example.org/e2e/10169');
    await page.getByRole('button', { name: 'Stand speichern' }).click();
    await page.getByText('Gespeichert', { exact: true }).waitFor();
    const { body } = await api('/api/v1/kommunen/05315000/umsetzungsstand/10169');
    assert.equal(body.status, 'ONLINE');
    assert.equal(body.url, 'https://example.org/e2e/10169');
    page.assertClean();
  });

  test('Stand melden: mit einem Token der Administration, If-Match aus dem gelesenen Eintrag', async () => {
    const admin = await apiToken('ADMIN');
    const page = await openPage(browser);
    await goto(page, '/kommunen/05315000/umsetzungsstand/10169');
    await page.getByRole('heading', { level: 1, name: 'Stand melden: Führerschein' }).waitFor();
    await page.getByRole('textbox', { name: 'Geheimnis des API-Tokens' }).fill(admin);
    await page.getByLabel('Status').selectOption('IN_UMSETZUNG');
    await page.getByLabel('Reifegrad (OZG-Reifegradmodell 1.1)').selectOption('');
    await page.getByRole('button', { name: 'Stand speichern' }).click();
    await page.getByText('Gespeichert', { exact: true }).waitFor();
    const { body } = await api('/api/v1/kommunen/05315000/umsetzungsstand/10169');
    assert.equal(body.status, 'IN_UMSETZUNG');
    assert.equal(body.quelle, 'MANUELL');
    page.assertClean();
  });

  test('Matrix: Filter in der Adresse, Auswahl ändert die Adresse', async () => {
    const page = await openPage(browser);
    await goto(page, '/statistik/basiskomponenten?kreis=05382');
    const { body } = await api('/api/v1/statistik/basiskomponenten?kreis=05382&size=1');
    const table = page.getByRole('table', { name: 'Anschluss der Kommunen an die Basiskomponenten' });
    // rows: header, one per Kommune, footer
    assert.equal(await table.getByRole('row').count(), body.kommunen.total + 2);
    assert.equal(await page.getByLabel('Kreis oder kreisfreie Stadt').inputValue(), '05382');

    await page.getByLabel('Kommunentyp').selectOption('MITTLERE_KREISANGEHOERIGE_STADT');
    await page.waitForURL((url) => url.searchParams.get('typ') === 'MITTLERE_KREISANGEHOERIGE_STADT');
    await settled(page);
    assert.equal(new URL(page.url()).searchParams.get('kreis'), '05382');
    const { body: gefiltert } = await api(
      '/api/v1/statistik/basiskomponenten?kreis=05382&typ=MITTLERE_KREISANGEHOERIGE_STADT&size=1',
    );
    await page.waitForFunction(
      (n) => document.querySelectorAll('table tbody tr').length === n,
      gefiltert.kommunen.total,
    );
    page.assertClean();
  });
});
