// Issue 14, the public part: the Kommune page answers first and in good German, public text without codes,
// Impressum and Datenschutz, tabs for the Organisationen, the Basiskomponenten matrix at 1280 px; axe on each.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertAccessible, goto, launchBrowser, openPage, screenshot } from '../support.mjs';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** What public text must never show: server settings, role codes, raw field names, ISO dates in headings. */
const CODES =
  /DASHBOARD_[A-Z_]+|KOORDINATION oder ADMIN|anschluesse|tagesstaende|TAGESSTAND|\b\d{4}-\d{2}-\d{2}\b/;

describe('Öffentliche Seiten: zuerst die Antwort, gutes Deutsch, keine Codes', () => {
  let browser;
  before(async () => (browser = await launchBrowser()));
  after(() => browser?.close());

  for (const [name, viewport] of [
    ['Telefon', PHONE],
    ['Desktop', DESKTOP],
  ]) {
    test(`${name}: die Kommune-Seite zeigt zuerst den Anteil online, AGS und ARS darunter`, async () => {
      const page = await openPage(browser, { viewport });
      await goto(page, '/kommunen/05315000');
      const anteil = page.getByTestId('kommune-anteil');
      assert.match(await anteil.textContent(), /^\d{1,3},\d\s?%$/);
      const box = await anteil.boundingBox();
      assert.ok(box && box.y + box.height <= viewport.height, `Anteil erst bei ${box?.y} px`);
      const ags = await page.getByText('Amtlicher Gemeindeschlüssel (AGS)').boundingBox();
      assert.ok(ags && ags.y > box.y, 'AGS steht unter dem Anteil');
      assert.match(
        await page.getByRole('heading', { name: 'Wie weit ist die Stadt Köln?' }).textContent(),
        /Stadt Köln/,
      );
      const satz = await page.locator('.kommune-anteil').textContent();
      assert.match(
        satz.replace(/\s+/g, ' '),
        /für die die Stadt Köln zuständig ist, sind online: [\d.]+ von [\d.]+ mit Reifegrad ≥ 2/,
      );
      // the status table's "online" names its own rule, so it does not contradict the headline's count
      const status = page.getByRole('table', { name: /Gemeldeter Status der Soll-Leistungen/ });
      assert.equal(await status.getByRole('rowheader', { name: 'online (jeder Reifegrad)' }).count(), 1);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `waagerechtes Scrollen der Seite: ${overflow} px`);
      await assertAccessible(page, `/kommunen/05315000 (${name})`);
      await screenshot(page, `kommune-${name.toLowerCase()}`);
      page.assertClean();
      await page.context().close();
    });
  }

  test('Kreis und Gemeinde mit Artikel: „für die der Kreis Mettmann“, „die Gemeinde …“', async () => {
    const page = await openPage(browser);
    await goto(page, '/kommunen/05158');
    assert.match(
      (await page.locator('.kommune-anteil').textContent()).replace(/\s+/g, ' '),
      /für die der Kreis Mettmann zuständig ist/,
    );
    assert.equal(
      await page.getByRole('img', { name: 'Lage des Kreises Mettmann in Nordrhein-Westfalen' }).count(),
      1,
    );
    page.assertClean();
    await page.context().close();
  });

  test('Änderungen, Statistik und Kommune zeigen keine Einstellungen, Rollen oder Feldnamen', async () => {
    const page = await openPage(browser);
    for (const path of ['/aenderungen', '/statistik', '/kommunen/05315000', '/leichte-sprache']) {
      await goto(page, path);
      const text = await page.locator('main').innerText();
      assert.doesNotMatch(text, CODES, `${path}: ${text.match(CODES)?.[0]}`);
    }
    // counts with thousands separators in the change log
    await goto(page, '/aenderungen');
    assert.match(await page.locator('main').innerText(), /Umsetzungsstände\s+–\s+\d{1,3}(\.\d{3})+/);
    page.assertClean();
    await page.context().close();
  });

  test('Statistik: das Themenfeld-Diagramm zeigt a; gleichbleibende c und d stehen als Satz daneben', async () => {
    const page = await openPage(browser);
    await goto(page, '/statistik#themenfelder');
    const abschnitt = page.locator('section[aria-labelledby="themenfelder"]');
    await abschnitt.getByRole('table').first().waitFor();
    const text = (await abschnitt.innerText()).replace(/\s+/g, ' ');
    // with the example data c is 0 % and d 100 % everywhere: said once, not drawn as 14 equal bars
    assert.match(text, /in allen Themenfeldern/);
    page.assertClean();
    await page.context().close();
  });

  test('Fußzeile: Impressum, Datenschutz und die API; ohne Betreiber ein deutlicher Platzhinweis', async () => {
    const page = await openPage(browser, { viewport: PHONE });
    await goto(page, '/');
    const footer = page.getByRole('contentinfo');
    assert.match(
      await footer.getByRole('link', { name: 'API-Dokumentation' }).getAttribute('href'),
      /\/q\/swagger-ui$/,
    );
    assert.equal(await footer.getByRole('link', { name: 'Daten und API' }).count(), 1);
    for (const [link, h1] of [
      ['Impressum', 'Impressum'],
      ['Datenschutz', 'Datenschutzerklärung'],
    ]) {
      await footer.getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: h1 }).waitFor();
      assert.equal(await page.getByRole('note', { name: 'Angaben des Betreibers fehlen' }).count(), 1);
      assert.doesNotMatch(await page.locator('main').innerText(), CODES);
      await assertAccessible(page, `${h1} (390 px)`);
      await screenshot(page, `${link.toLowerCase()}-telefon`);
    }
    page.assertClean();
    await page.context().close();
  });

  test('Organisationen: Reiter nach Art mit Zahlen, die IT-Dienstleister mit einem Klick', async () => {
    const page = await openPage(browser);
    await goto(page, '/organisationen');
    const reiter = page.getByRole('navigation', { name: 'Nach Art der Organisation' });
    const it = reiter.getByRole('link', { name: /^IT-Dienstleister/ });
    const anzahl = Number((await it.textContent()).replace(/\D/g, ''));
    assert.ok(anzahl > 0);
    await it.click();
    await page.waitForURL(/typ=IT_DIENSTLEISTER/);
    await page.getByText(`${anzahl} Organisationen gefunden`).waitFor();
    assert.equal(await it.getAttribute('aria-current'), 'page');
    await assertAccessible(page, '/organisationen?typ=IT_DIENSTLEISTER');
    await screenshot(page, 'organisationen-it');
    page.assertClean();
    await page.context().close();
  });

  test('Basiskomponenten-Matrix: passt in 1280 px, Summen und Anteile oben, Farbe mit Zeichen', async () => {
    const page = await openPage(browser, { viewport: DESKTOP });
    await goto(page, '/statistik/basiskomponenten');
    const table = page.getByRole('table', { name: 'Anschluss der Kommunen an die Basiskomponenten' });
    const breiter = await table.evaluate((t) => t.scrollWidth > t.parentElement.clientWidth + 1);
    assert.equal(breiter, false, 'die Matrix ist breiter als ihr Platz');
    const summen = table.locator('thead tr').nth(1);
    assert.match(await summen.innerText(), /Im Filter \([\d.]+ Kommunen\)[\s\S]*\d+ \(\d+,\d %\)/);
    assert.equal(await page.getByRole('list', { name: 'Zeichenerklärung' }).count(), 1);
    await assertAccessible(page, '/statistik/basiskomponenten (1280 px)');
    await screenshot(page, 'matrix-desktop');
    page.assertClean();
    await page.context().close();
  });

  test('Anteil online auch in den Listen, auf Themenfeld-Seiten und bei den Basiskomponenten', async () => {
    const page = await openPage(browser);
    await goto(page, '/kommunen?sort=-anteilOnline');
    const kommunen = page.getByRole('table', { name: 'Kommunen' });
    const anteile = await kommunen.locator('tbody tr td:first-of-type strong').allTextContents();
    const zahlen = anteile.map((t) => Number(t.replace(/[^\d,]/g, '').replace(',', '.')));
    assert.ok(zahlen.length > 10, 'Anteile in der Liste');
    assert.deepEqual(
      zahlen,
      [...zahlen].sort((x, y) => y - x),
      'absteigend nach Anteil online',
    );
    await goto(page, '/leistungen?q=F%C3%BChrerschein');
    assert.match(
      (await page.getByRole('table', { name: /Leistungen/ }).innerText()).replace(/\s+/g, ' '),
      /online in [\d.]+ von [\d.]+ zuständigen Kommunen/,
    );
    await goto(page, '/themenfelder/6');
    assert.match(await page.getByTestId('themenfeld-anteil').textContent(), /^\d{1,3},\d\s?%$/);
    await goto(page, '/basiskomponenten');
    assert.match(
      (await page.locator('main').innerText()).replace(/\s+/g, ' '),
      /[\d,]+ % der Kommunen angeschlossen \([\d.]+ von [\d.]+/,
    );
    await assertAccessible(page, '/basiskomponenten');
    page.assertClean();
    await page.context().close();
  });

  test('Leichte Sprache erklärt den Umsetzungsstand und die Projekte', async () => {
    const page = await openPage(browser);
    await goto(page, '/leichte-sprache');
    assert.equal(await page.getByRole('heading', { name: 'Was heißt: Umsetzungs·stand?' }).count(), 1);
    assert.equal(await page.getByRole('heading', { name: 'Was sind Projekte?' }).count(), 1);
    page.assertClean();
    await page.context().close();
  });
});
