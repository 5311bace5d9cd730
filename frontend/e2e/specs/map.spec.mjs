// The map: drill-down by keyboard, tooltip on focus, the equivalent table, a Kommune opened with Enter.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { focusedName, goto, launchBrowser, openPage, settled, tabTo } from '../support.mjs';

describe('Karte der Kommunen', () => {
  let browser;
  before(async () => (browser = await launchBrowser()));
  after(() => browser?.close());

  test('mit der Tastatur: Regierungsbezirk → kreisfreie Stadt öffnen', async () => {
    const page = await openPage(browser);
    await goto(page, '/?kennzahl=einwohner');
    const map = page.getByRole('group', { name: /^Karte: Nordrhein-Westfalen: 5 Regierungsbezirke/ });
    await map.waitFor();
    assert.equal(await map.getByRole('link').count(), 5);

    // from the figure selector, Tab leads into the map's regions
    await page.getByLabel('Einfärben nach').focus();
    await tabTo(page, /^Regierungsbezirk Köln, Einwohner: [\d.]+\. Kreise anzeigen$/);
    // the tooltip shows on keyboard focus, too
    const tooltip = page.locator('.map-canvas__tooltip');
    await tooltip.waitFor();
    assert.match(await tooltip.textContent(), /Regierungsbezirk Köln\s*Einwohner: 4\.527\.594/);
    await page.keyboard.press('Escape');
    await tooltip.waitFor({ state: 'detached' });

    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('bezirk') === '053');
    await settled(page);
    // the focus moves to the new level's heading
    assert.match(await focusedName(page), /^Regierungsbezirk Köln: 11 Kreise und kreisfreie Städte$/);
    assert.equal(
      await page
        .getByRole('group', { name: /^Karte: Regierungsbezirk Köln/ })
        .getByRole('link')
        .count(),
      11,
    );

    await tabTo(page, /^Köln \(kreisfreie Stadt\), Einwohner: 1\.084\.831\. Profil öffnen$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/kommunen\/05315000$/);
    await settled(page);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Köln, Stadt');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');

    // Back returns to the map where it was
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('bezirk') === '053');
    await page.getByRole('group', { name: /^Karte: Regierungsbezirk Köln/ }).waitFor();
    page.assertClean();
  });

  test('Kreis → Gemeinde, Kennzahl wählen, Tabelle entspricht der Karte', async () => {
    const page = await openPage(browser);
    await goto(page, '/?bezirk=053&kreis=05382&kennzahl=einwohner');
    const map = page.getByRole('group', { name: /^Karte: Rhein-Sieg-Kreis: 19 Gemeinden/ });
    await map.waitFor();
    // on the start page the map is compact: its table sits in a closed accordion below it
    await page.getByText('Werte der Karte als Tabelle').click();
    const table = page.getByRole('table', { name: /Rhein-Sieg-Kreis: 19 Gemeinden – Einwohner als Tabelle/ });
    await table.waitFor();
    assert.equal(await table.getByRole('row').count(), 19 + 1);
    assert.equal(await map.getByRole('link').count(), 19);

    await page.getByLabel('Einfärben nach').selectOption('einwohnerJeKm2');
    await page.waitForURL((url) => url.searchParams.get('kennzahl') === 'einwohnerJeKm2');
    // the new figure's table replaces the old one (inside the accordion, which may close again)
    await page
      .getByRole('table', { name: /Einwohner je km² als Tabelle/, includeHidden: true })
      .waitFor({ state: 'attached' });
    assert.match(await page.getByText(/^Legende: Einwohner je km²$/).textContent(), /km²/);
    assert.equal(new URL(page.url()).searchParams.get('kreis'), '05382');

    // hovering shows the tooltip; clicking opens the Gemeinde
    const siegburg = map.getByRole('link', { name: /^Siegburg, Einwohner je km²: / });
    await siegburg.hover();
    assert.match(await page.locator('.map-canvas__tooltip').textContent(), /Siegburg/);
    await siegburg.click();
    await page.waitForURL(/\/kommunen\/05382060$/);
    await settled(page);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Siegburg, Stadt');
    page.assertClean();
  });
});
