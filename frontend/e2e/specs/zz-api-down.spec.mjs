// Runs last (the runner sorts the specs by name): stops the backend, then every view must say so clearly
// and offer a retry — never a blank page.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { API_URL, assertAccessible, goto, launchBrowser, openPage, screenshot } from '../support.mjs';

async function stopBackend() {
  const pid = Number(process.env.E2E_BACKEND_PID);
  assert.ok(pid > 0, 'E2E_BACKEND_PID fehlt');
  process.kill(-pid, 'SIGTERM');
  // A server shutting down may hold a connection without answering: every check has a timeout, and the
  // interval keeps the event loop alive while a check waits on such a socket.
  const keepAlive = setInterval(() => {}, 1000);
  try {
    for (let i = 0; i < 120; i++) {
      try {
        await fetch(`${API_URL}/q/health/ready`, { signal: AbortSignal.timeout(1000) });
      } catch (error) {
        if (error?.name !== 'TimeoutError') return; // refused: it is down
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error('Das Backend läuft nach 30 s noch');
  } finally {
    clearInterval(keepAlive);
  }
}

describe('API nicht erreichbar', () => {
  let browser;
  before(async () => {
    await stopBackend();
    browser = await launchBrowser();
  });
  after(() => browser?.close());

  test('Leistungen: Fehlermeldung mit „Erneut versuchen“', async () => {
    const page = await openPage(browser, { expectApiDown: true });
    await goto(page, '/leistungen?q=F%C3%BChrerschein');
    const alert = page.getByRole('alert').filter({ hasText: 'Keine Verbindung zum Server' });
    await alert.waitFor();
    assert.match(await alert.textContent(), /Server des Dashboards nicht erreichbar/);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'OZG-Leistungen');
    await assertAccessible(page, '/leistungen (API aus)');
    await screenshot(page, 'fehler-api-aus-leistungen');

    const retry = alert.getByRole('button', { name: 'Erneut versuchen' });
    await retry.click();
    await page.getByRole('status').filter({ hasText: 'werden geladen' }).or(alert).first().waitFor();
    await alert.waitFor();
    page.assertClean();
  });

  test('Start: jede Rubrik meldet den Fehler, die Seite bleibt bedienbar', async () => {
    const page = await openPage(browser, { expectApiDown: true });
    await goto(page, '/');
    await page.getByRole('alert').first().waitFor();
    assert.ok(
      (await page.getByRole('alert').count()) >= 3,
      'Kennzahlen, Diagramm und Karte melden je einen Fehler',
    );
    assert.ok((await page.getByRole('button', { name: 'Erneut versuchen' }).count()) >= 3);
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Kommunen' })
      .waitFor();
    await assertAccessible(page, '/ (API aus)');
    await screenshot(page, 'fehler-api-aus-start');
    page.assertClean();
  });

  test('Detailseite: Fehler statt leerer Seite', async () => {
    const page = await openPage(browser, { expectApiDown: true });
    await goto(page, '/kommunen/05315000');
    await page.getByRole('alert').filter({ hasText: 'Keine Verbindung zum Server' }).waitFor();
    await screenshot(page, 'fehler-api-aus-kommune');
    page.assertClean();
  });
});
