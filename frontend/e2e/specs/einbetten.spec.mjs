// Issue 12: the dashboard as other sites use it – a page on another origin reads the API (CORS for everyone) but
// cannot write, frames the embeddable views (/einbetten/…) and cannot frame any other page.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import {
  API_URL,
  BASE_URL,
  assertAccessible,
  goto,
  launchBrowser,
  openPage,
  screenshot,
} from '../support.mjs';

/** A page of another site, on its own origin: it reads the API, tries a write and frames two dashboard pages. */
function fremdeSeite() {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Website einer Kommune</title></head>
<body><main><h1>Website einer Kommune</h1>
<p id="lesen">…</p><p id="schreiben">…</p>
<iframe id="eingebettet" title="OZG-Umsetzungsstand" src="${BASE_URL}/einbetten/kommunen/05315000" width="800" height="640"></iframe>
<iframe id="gesperrt" title="Ganze Seite" src="${BASE_URL}/kommunen/05315000" width="800" height="300"></iframe>
<script>
fetch('${API_URL}/api/v1/kommunen?size=1')
  .then((r) => r.json())
  .then((b) => (document.getElementById('lesen').textContent = 'gelesen: ' + b.total))
  .catch((e) => (document.getElementById('lesen').textContent = 'Lesen verweigert: ' + e));
fetch('${API_URL}/api/v1/projekte', { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ titel: 'von fremder Seite' }) })
  .then((r) => (document.getElementById('schreiben').textContent = 'Schreiben: ' + r.status))
  .catch(() => (document.getElementById('schreiben').textContent = 'Schreiben verweigert'));
</script></main></body></html>`;
}

describe('Einbetten und Lesen von anderen Websites', () => {
  let browser;
  let server;
  let origin;
  before(async () => {
    browser = await launchBrowser();
    server = createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(fremdeSeite());
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
  });
  after(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  test('eine fremde Seite liest die API, schreibt nicht und bettet nur /einbetten/… ein', async () => {
    // the refused write and the refused frame are what this test provokes: the browser logs both
    const page = await openPage(browser, {
      allowOrigins: [origin],
      allowConsole: /CORS|frame-ancestors|Failed to load resource|Refused to frame/,
    });
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => document.getElementById('lesen').textContent !== '…');
    assert.match(await page.locator('#lesen').textContent(), /^gelesen: \d+$/);
    await page.waitForFunction(() => document.getElementById('schreiben').textContent !== '…');
    // refused: either by the browser (no CORS allowance for a foreign write) or by the API (403)
    assert.match(await page.locator('#schreiben').textContent(), /Schreiben verweigert|Schreiben: 403/);

    const eingebettet = page.frameLocator('#eingebettet');
    await eingebettet.getByRole('heading', { level: 1, name: /OZG-Umsetzungsstand: Köln/ }).waitFor();
    assert.match(await eingebettet.locator('main').textContent(), /Anteil|online/);
    // no header, navigation or footer of the dashboard inside the other site
    assert.equal(await eingebettet.getByRole('navigation', { name: 'Hauptnavigation' }).count(), 0);
    assert.equal(await eingebettet.getByRole('banner').count(), 0);

    // every other page refuses to be framed: the frame shows no dashboard
    const gesperrt = page.frames().find((f) => f.name() === '' && f.url().includes('/kommunen/05315000'));
    const text = gesperrt
      ? await gesperrt
          .locator('body')
          .textContent()
          .catch(() => '')
      : '';
    assert.doesNotMatch(text ?? '', /Digitalisierungsdashboard|Köln, Stadt/);
    await screenshot(page, 'einbetten-fremde-seite');
    page.assertClean();
    await page.context().close();
  });

  for (const [pfad, h1] of [
    ['/einbetten/kommunen/05315000', /^OZG-Umsetzungsstand: Köln, Stadt$/],
    ['/einbetten/leistungen/10169', /^Wo online: .*Führerschein/],
    ['/einbetten/themenfelder/6', /^Umsetzungsprojekte: Familie & Kind$/],
    ['/einbetten/karte', /^OZG-Umsetzung in NRW: Karte der Kommunen$/],
  ]) {
    test(`${pfad}: eigene Überschrift, keine Navigation, barrierefrei, Link zum Dashboard`, async () => {
      const page = await openPage(browser, { viewport: { width: 600, height: 700 } });
      await goto(page, pfad);
      const headings = await page.getByRole('heading', { level: 1 }).allTextContents();
      assert.equal(headings.length, 1, headings.join(' | '));
      assert.match(headings[0].trim(), h1);
      // none of the dashboard's frame (the map's own breadcrumb navigation belongs to the map)
      assert.equal(await page.getByRole('navigation', { name: 'Hauptnavigation' }).count(), 0);
      assert.equal(await page.getByRole('banner').count(), 0);
      assert.equal(await page.getByRole('contentinfo').count(), 0);
      assert.equal(
        await page.getByRole('link', { name: 'im Dashboard ansehen' }).getAttribute('target'),
        '_blank',
      );
      assert.match(await page.title(), / – Digitalisierungsdashboard NRW$/);
      await assertAccessible(page, pfad);
      await screenshot(page, `einbetten${pfad.replaceAll('/', '-')}`);
      page.assertClean();
      await page.context().close();
    });
  }

  test('die Kommunen-Seite bietet den Code zum Einbetten an', async () => {
    const page = await openPage(browser);
    await goto(page, '/kommunen/05315000');
    await page.getByText('Auf einer eigenen Website einbinden').click();
    const code = await page.getByLabel('HTML-Code zum Einbetten').inputValue();
    assert.match(
      code,
      new RegExp(
        `^<iframe src="${BASE_URL}/einbetten/kommunen/05315000" title="OZG-Umsetzungsstand: Köln, Stadt"`,
      ),
    );
    assert.match(code, /height="\d+"/);
    page.assertClean();
    await page.context().close();
  });
});
