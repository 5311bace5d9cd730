// Issue 14: the start page answers first (the NRW share, "Meine Kommune", the map), tables that work on a phone,
// navigation that folds on a phone; at 390 px and at 1280 px.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { goto, launchBrowser, openPage, screenshot, settled } from '../support.mjs';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** Pages whose tables must stay readable on a phone. */
const TABLE_PAGES = [
  '/kommunen',
  '/leistungen',
  '/kommunen/05315000',
  '/statistik',
  '/statistik/basiskomponenten',
];

/**
 * Tables whose last column lies outside the viewport and that no scroll container holds: what a phone user could
 * not reach. Returns their captions.
 */
function unreachableTables(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrolls = (el) => {
      for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
        const { overflowX } = getComputedStyle(e);
        if ((overflowX === 'auto' || overflowX === 'scroll') && e.getBoundingClientRect().right <= width + 1)
          return true;
      }
      return false;
    };
    return [...document.querySelectorAll('main table')]
      .filter((t) => t.getClientRects().length > 0)
      .filter((t) => {
        const cells = t.querySelector('tr')?.children;
        const last = cells?.[cells.length - 1];
        return last && last.getBoundingClientRect().right > width + 1 && !scrolls(t);
      })
      .map((t) => t.caption?.textContent?.trim() ?? '(ohne Überschrift)');
  });
}

describe('Ein Dashboard, das zuerst antwortet (390 px und 1280 px)', () => {
  let browser;
  before(async () => (browser = await launchBrowser()));
  after(() => browser?.close());

  for (const [name, viewport] of [
    ['Telefon', PHONE],
    ['Desktop', DESKTOP],
  ]) {
    test(`${name}: NRW-Anteil und „Meine Kommune“ im ersten Bildschirm`, async () => {
      const page = await openPage(browser, { viewport });
      await goto(page, '/');
      const anteil = page.getByTestId('nrw-anteil');
      assert.match(await anteil.textContent(), /^\d{1,3},\d\s?%$/);
      const suche = page.getByRole('combobox', { name: 'Meine Kommune' });
      for (const [was, el] of [
        ['NRW-Anteil', anteil],
        ['Suche „Meine Kommune“', suche],
      ]) {
        const box = await el.boundingBox();
        assert.ok(box && box.y + box.height <= viewport.height, `${was} liegt unter dem ersten Bildschirm`);
      }
      if (viewport === DESKTOP) {
        // the map sits beside the figure: it starts in the first screen
        const karte = await page.locator('#karte').boundingBox();
        assert.ok(karte && karte.y < viewport.height * 0.5, `Karte beginnt erst bei ${karte?.y} px`);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `waagerechtes Scrollen der Seite: ${overflow} px`);
      await screenshot(page, `start-${name.toLowerCase()}`);
      page.assertClean();
    });
  }

  test('„Meine Kommune“ allein mit der Tastatur: tippen, Pfeil, Enter öffnet das Profil', async () => {
    const page = await openPage(browser, { viewport: PHONE });
    await goto(page, '/');
    const suche = page.getByRole('combobox', { name: 'Meine Kommune' });
    await suche.focus();
    await page.keyboard.type('Köln');
    const option = page.getByRole('option', { name: /^Köln/ }).first();
    await option.waitFor();
    assert.equal(await suche.getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('ArrowDown');
    assert.equal(await suche.getAttribute('aria-activedescendant'), await option.getAttribute('id'));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/kommunen\/05315000$/);
    await settled(page);
    assert.match(await page.getByRole('heading', { level: 1 }).textContent(), /Köln/);
    page.assertClean();
  });

  test('Telefon: die Navigation klappt hinter „Menü“ zusammen', async () => {
    const page = await openPage(browser, { viewport: PHONE });
    await goto(page, '/');
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    const knopf = nav.getByRole('button', { name: 'Menü' });
    assert.equal(await knopf.getAttribute('aria-expanded'), 'false');
    assert.equal(await nav.getByRole('link', { name: 'Kommunen' }).isVisible(), false);
    await knopf.click();
    assert.equal(await knopf.getAttribute('aria-expanded'), 'true');
    await nav.getByRole('link', { name: 'Kommunen' }).click();
    await page.waitForURL(/\/kommunen$/);
    assert.equal(await knopf.getAttribute('aria-expanded'), 'false');
    page.assertClean();
  });

  test('Telefon: keine Tabelle lässt Spalten unerreichbar außerhalb des Bildschirms', async () => {
    const page = await openPage(browser, { viewport: PHONE });
    for (const path of TABLE_PAGES) {
      await goto(page, path);
      assert.ok((await page.locator('main table').count()) > 0, `${path}: keine Tabelle`);
      assert.deepEqual(await unreachableTables(page), [], `${path}: Tabellen ohne Scrollbereich`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${path}: waagerechtes Scrollen der Seite: ${overflow} px`);
      await screenshot(page, `telefon${path.replace(/\//g, '-')}`);
    }
    page.assertClean();
  });
});
