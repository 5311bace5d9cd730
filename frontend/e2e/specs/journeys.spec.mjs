// The main ways through the dashboard, as people use them.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { apiTotal, goto, launchBrowser, openPage, settled } from '../support.mjs';

describe('Wege durch das Dashboard', () => {
  let browser;
  before(async () => (browser = await launchBrowser()));
  after(() => browser?.close());

  test('Start → ein Themenfeld → eine Leistung', async () => {
    const page = await openPage(browser);
    await goto(page, '/');
    assert.equal(await page.title(), 'Start – Digitalisierungsdashboard NRW');
    assert.equal(
      await page.getByRole('heading', { level: 1 }).textContent(),
      'Digitalisierungsdashboard NRW',
    );
    // the sections below the first screen load when scrolled to; key figures from the real database
    await page.locator('#kennzahlen').scrollIntoViewIfNeeded();
    await page.getByRole('link', { name: '557 OZG-Leistungen' }).waitFor();
    await page.getByRole('link', { name: '427 Kommunen' }).waitFor();

    await page.locator('#themenfelder').scrollIntoViewIfNeeded();
    await page
      .getByRole('table', { name: 'Anteil des Solls online je Themenfeld' })
      .getByRole('link', { name: 'Familie & Kind' })
      .click();
    await page.waitForURL(/\/themenfelder\/6$/);
    await settled(page);
    const h1 = page.getByRole('heading', { level: 1 });
    assert.equal(await h1.textContent(), 'Familie & Kind');
    // after a change of page the focus is on the new page's heading
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
    assert.equal(await page.title(), 'Familie & Kind – Digitalisierungsdashboard NRW');

    await page.getByRole('heading', { level: 2, name: 'Geburt' }).waitFor();
    await page.getByRole('link', { name: 'Elterngeld', exact: true }).click();
    await page.waitForURL(/\/leistungen\/\d+$/);
    await settled(page);
    assert.equal(await h1.textContent(), 'Elterngeld');
    await page.getByRole('heading', { name: 'Was die Typisierung bedeutet' }).waitFor();
    await page.getByRole('heading', { name: /^LeiKa-Leistungen \(\d+\)$/ }).waitFor();
    await page.getByText('Nicht gepflegt').waitFor();
    page.assertClean();
  });

  test('Suche „Führerschein“ findet die Leistung Führerschein', async () => {
    const page = await openPage(browser);
    await goto(page, '/leistungen');
    await page.getByLabel('Suchbegriff', { exact: true }).fill('Führerschein');
    await page.getByRole('button', { name: 'Leistungen anzeigen' }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'Führerschein');
    const total = await apiTotal('/api/v1/leistungen?q=F%C3%BChrerschein&size=1');
    await page
      .getByRole('status')
      .filter({ hasText: `${total} Leistungen gefunden` })
      .waitFor();
    const results = page.getByRole('table', { name: /Suche „Führerschein“/ });
    const first = results.getByRole('row').nth(1);
    assert.match(
      await first.textContent(),
      /^Führerschein[\d,]+ %online in [\d.]+ von [\d.]+ zuständigen Kommunen10169/,
    );
    await results.getByRole('link', { name: 'Führerschein', exact: true }).click();
    await page.waitForURL(/\/leistungen\/10169$/);
    await settled(page);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Führerschein');
    // the LeiKa rows, and what its Typisierungen mean
    const leika = page.getByRole('table', { name: 'LeiKa-Leistungen der OZG-Leistung Führerschein' });
    assert.equal(await leika.getByRole('row').count(), 58 + 1);
    const typen = page.getByRole('table', { name: 'Typisierungen der Leistung Führerschein' });
    assert.match(await typen.textContent(), /2\/3\s*Bund\s*Land oder Kommune/);
    page.assertClean();
  });

  test('Filtern, Sortieren und Blättern stehen in der Adresse; Zurück und Neu laden behalten sie', async () => {
    const page = await openPage(browser);
    await goto(page, '/leistungen');
    await page
      .getByLabel('Themenfeld', { exact: true })
      .selectOption({ label: 'Unternehmensführung & -entwicklung' });
    await page.getByLabel('Typisierung', { exact: true }).selectOption('2/3');
    await page.getByLabel('Sortierung', { exact: true }).selectOption('-anzahlLeika');
    await page.getByRole('button', { name: 'Leistungen anzeigen' }).click();
    await page.waitForURL((url) => url.searchParams.get('typisierung') === '2/3');
    let url = new URL(page.url());
    assert.equal(url.searchParams.get('themenfeld'), '14');
    assert.equal(url.searchParams.get('sort'), '-anzahlLeika');
    assert.equal(url.searchParams.get('seite'), null);
    const total = await apiTotal('/api/v1/leistungen?themenfeld=14&typisierung=2%2F3&size=1');
    const pages = Math.ceil(total / 20);
    assert.ok(pages >= 2, 'genug Treffer zum Blättern');
    const status = page.getByRole('status').filter({ hasText: 'gefunden' });
    await status.filter({ hasText: `${total} Leistungen gefunden, Seite 1 von ${pages}` }).waitFor();

    const table = page.getByRole('table', { name: 'OZG-Leistungen' });
    const firstOnPage1 = await table.getByRole('row').nth(1).textContent();
    await page
      .getByRole('navigation', { name: 'Seiten der Leistungen' })
      .getByRole('link', { name: 'Seite 2', exact: true })
      .click();
    await page.waitForURL((u) => u.searchParams.get('seite') === '2');
    // the count follows the data (not the URL), so it says page 2 once page 2 is there
    await status.filter({ hasText: /Seite 2 von/ }).waitFor();
    url = new URL(page.url());
    assert.equal(url.searchParams.get('themenfeld'), '14');
    assert.notEqual(await table.getByRole('row').nth(1).textContent(), firstOnPage1);
    const current = page
      .getByRole('navigation', { name: 'Seiten der Leistungen' })
      .locator('[aria-current="page"]');
    assert.equal((await current.textContent()).trim(), '2');

    // a bookmark: the same address shows the same selection in the form and the results
    await page.reload();
    await settled(page);
    await status.filter({ hasText: /Seite 2 von/ }).waitFor();
    assert.equal(await page.getByLabel('Typisierung', { exact: true }).inputValue(), '2/3');
    assert.equal(await page.getByLabel('Themenfeld', { exact: true }).inputValue(), '14');
    assert.match(await status.textContent(), /Seite 2 von/);

    await page.goBack();
    await page.waitForURL(
      (u) => u.searchParams.get('seite') === null && u.searchParams.get('themenfeld') === '14',
    );
    await status.filter({ hasText: /Seite 1 von/ }).waitFor();
    assert.equal(await table.getByRole('row').nth(1).textContent(), firstOnPage1);
    page.assertClean();
  });

  test('Kommunen: nach Regierungsbezirk und Größenklasse filtern', async () => {
    const page = await openPage(browser);
    await goto(page, `/kommunen?regierungsbezirk=057&groessenklasse=GROSSSTADT`);
    const table = page.getByRole('table', { name: 'Kommunen' });
    const names = await table.getByRole('rowheader').allTextContents();
    assert.deepEqual(
      names.map((n) => n.trim()),
      ['Bielefeld, Stadt', 'Gütersloh, Stadt', 'Paderborn, Stadt'],
    );
    assert.equal(await page.getByLabel('Regierungsbezirk', { exact: true }).inputValue(), '057');
    await table.getByRole('link', { name: 'Paderborn, Stadt' }).click();
    await page.waitForURL(/\/kommunen\/05774032$/);
    await settled(page);
    await page.getByRole('img', { name: /Lage der Stadt Paderborn in Nordrhein-Westfalen/ }).waitFor();
    assert.match(await page.getByRole('main').textContent(), /05774032.*057740032032/s);
    page.assertClean();
  });

  test('Unbekannte Adressen zeigen die Seite „nicht gefunden“', async () => {
    // the 404 of the API is the point here; the browser logs it
    const page = await openPage(browser, { allowConsole: /status of 404/ });
    await goto(page, '/gibt-es-nicht');
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Seite nicht gefunden');
    await goto(page, '/leistungen/999999');
    await page.getByRole('alert').filter({ hasText: 'Nicht gefunden' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Erneut versuchen' }).count(), 0);
    page.assertClean();
  });
});
