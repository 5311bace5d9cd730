// Every page: axe-core with the WCAG 2.0/2.1 A and AA rules finds nothing; landmarks, one <h1>, skip link,
// a title of its own; a screenshot of each (test-results/screenshots, git-ignored).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  assertAccessible,
  assertPageAccessible,
  goto,
  launchBrowser,
  openPage,
  screenshot,
} from '../support.mjs';

/** [screenshot name, path, expected <h1>]; Umsetzungsstand, projects and sign-in: accessibility-umsetzung */
const PAGES = [
  ['start', '/', 'Digitalisierungsdashboard NRW'],
  ['start-karte-bezirk', '/?bezirk=051', 'Digitalisierungsdashboard NRW'],
  ['start-karte-kreis', '/?bezirk=053&kreis=05382&kennzahl=einwohnerJeKm2', 'Digitalisierungsdashboard NRW'],
  ['themenfelder', '/themenfelder', 'Themenfelder'],
  ['themenfeld', '/themenfelder/6', 'Familie & Kind'],
  ['leistungen', '/leistungen', 'OZG-Leistungen'],
  ['leistungen-suche', '/leistungen?q=F%C3%BChrerschein', 'OZG-Leistungen'],
  [
    'leistungen-filter',
    '/leistungen?themenfeld=9&typisierung=2%2F3&sort=-anzahlLeika&seite=2',
    'OZG-Leistungen',
  ],
  ['leistungen-leer', '/leistungen?q=xyzxyz', 'OZG-Leistungen'],
  ['leistung', '/leistungen/10169', 'Führerschein'],
  ['leika', '/leika/99023002000000', 'Fahrerlaubnis'],
  ['kommunen', '/kommunen', 'Kommunen'],
  ['kommunen-filter', '/kommunen?kreis=05158&ebene=GEMEINDE&sort=-einwohner', 'Kommunen'],
  ['kommune-stadt', '/kommunen/05315000', 'Köln, Stadt'],
  ['kommune-kreis', '/kommunen/05158', 'Kreis Mettmann'],
  ['kommune-gemeinde', '/kommunen/05158028', 'Ratingen, Stadt'],
  ['organisationen', '/organisationen', 'Organisationen'],
  ['daten-und-api', '/daten-und-api', 'Daten und API'],
  ['organisation', '/organisationen/civitec', 'civitec'],
  ['basiskomponenten', '/basiskomponenten', 'Basiskomponenten'],
  ['basiskomponente', '/basiskomponenten/servicekonto-nrw', 'Servicekonto.NRW'],
  ['ueber-die-daten', '/ueber-die-daten', 'Über die Daten'],
  ['barrierefreiheit', '/barrierefreiheit', 'Erklärung zur Barrierefreiheit'],
  ['leichte-sprache', '/leichte-sprache', 'Leichte Sprache'],
  ['nicht-gefunden', '/gibt-es-nicht', 'Seite nicht gefunden'],
];

describe('Barrierefreiheit aller Seiten (axe: wcag2a, wcag2aa, wcag21a, wcag21aa)', () => {
  let browser;
  before(async () => (browser = await launchBrowser()));
  after(() => browser?.close());

  for (const entry of PAGES) test(entry[1], () => assertPageAccessible(browser, entry));

  test('Sprunglink führt zum Inhalt, Fokus ist sichtbar', async () => {
    const page = await openPage(browser);
    await goto(page, '/leistungen');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
    assert.equal(await skip.evaluate((el) => el === document.activeElement), true);
    const box = await skip.boundingBox();
    assert.ok(box && box.y >= 0, 'Der Sprunglink wird beim Fokus sichtbar');
    await screenshot(page, 'sprunglink-fokus');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    // the next Tab lands in the content, not back in the header
    await page.keyboard.press('Tab');
    assert.equal(
      await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement)),
      true,
    );
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none', 'sichtbarer Fokus');
    page.assertClean();
  });

  test('schmaler Bildschirm (375 px): Start und Leistung', async () => {
    const page = await openPage(browser, { viewport: { width: 375, height: 800 } });
    await goto(page, '/');
    await assertAccessible(page, '/ (375 px)');
    await screenshot(page, 'start-mobil');
    await goto(page, '/leistungen/10169');
    await screenshot(page, 'leistung-mobil');
    // nothing wider than the screen except inside scrollable tables (WCAG 1.4.10 Reflow)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `waagerechtes Scrollen der Seite: ${overflow} px`);
    page.assertClean();
  });
});
