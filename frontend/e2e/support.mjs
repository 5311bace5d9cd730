// Shared by the specs: browser, page with guards (console errors, requests to foreign hosts), axe, screenshots.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, FRONTEND } from './stack.mjs';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:5173';
export const API_URL = process.env.E2E_API_URL ?? 'http://127.0.0.1:8080';
export const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? 'e2e-Admin-Passwort-2026';
const SCREENSHOTS = join(FRONTEND, 'test-results', 'screenshots');
const ALLOWED_ORIGINS = new Set([new URL(BASE_URL).origin, new URL(API_URL).origin]);

export async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * A page that records what must never happen: uncaught errors, console errors (CSP violations among them)
 * and any request to a host other than the SPA and the API (no CDN, no web fonts, no map tiles).
 */
export async function openPage(
  browser,
  { viewport = { width: 1280, height: 900 }, expectApiDown = false, allowConsole, allowOrigins = [] } = {},
) {
  const allowed = new Set([...ALLOWED_ORIGINS, ...allowOrigins]);
  const context = await browser.newContext({ viewport, locale: 'de-DE', reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  const problems = [];
  page.on('pageerror', (error) => problems.push(`Fehler im Browser: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // With the API down, the browser logs the failed requests; the page must handle them, not avoid them.
    if (expectApiDown && /Failed to load resource|ERR_CONNECTION_REFUSED/.test(message.text())) return;
    if (allowConsole?.test(message.text())) return;
    problems.push(`Konsole: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (!allowed.has(url.origin)) problems.push(`Anfrage an fremden Host: ${request.url()}`);
  });
  page.assertClean = () => assert.deepEqual(problems, [], problems.join('\n'));
  return page;
}

/** Waits until no loading indicator is left on the page. */
export async function settled(page) {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelectorAll('.loading-state').length === 0);
}

export async function goto(page, path) {
  await page.goto(new URL(path, BASE_URL).href);
  await settled(page);
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe-core with the WCAG 2.0/2.1 A and AA rules: no violation allowed. It runs in the page itself: the dashboard
 * has no frames, so the per-frame runs that axe would merge in an extra blank page are not needed – the same
 * rules and verdict in less time. (Limiting `resultTypes` to violations would be faster still, but breaks
 * rules that look at the whole page, such as heading-order.)
 */
export async function assertAccessible(page, name) {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode().analyze();
  const report = result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n  ')}`,
  );
  assert.equal(result.violations.length, 0, `axe auf „${name}“:\n${report.join('\n')}`);
  return result;
}

/**
 * One page as every page must be: exactly the expected <h1> (text, or a pattern), the landmarks banner,
 * navigation, main and contentinfo, a title of its own, no axe violation, nothing unclean; and a screenshot.
 */
export async function assertPageAccessible(browser, [name, path, h1]) {
  const page = await openPage(browser);
  await goto(page, path);
  const headings = await page.getByRole('heading', { level: 1 }).allTextContents();
  if (h1 instanceof RegExp) {
    assert.equal(headings.length, 1, `genau eine <h1>: ${headings.join(' | ')}`);
    assert.match(headings[0], h1);
  } else assert.deepEqual(headings, [h1]);
  for (const role of ['banner', 'navigation', 'main', 'contentinfo']) {
    assert.ok((await page.getByRole(role).count()) >= 1, `Landmarke ${role} fehlt`);
  }
  assert.match(await page.title(), / – Digitalisierungsdashboard NRW$/);
  await assertAccessible(page, path);
  await screenshot(page, name);
  page.assertClean();
  // done with it: dozens of open pages would weigh on the browser for the rest of the run
  await page.context().close();
}

/** The whole page as a JPEG (to look at, not compared): encoded in about half the time of a PNG. */
export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({
    path: join(SCREENSHOTS, `${name}.jpg`),
    type: 'jpeg',
    quality: 80,
    fullPage: true,
  });
}

/** The accessible name of the element that has the keyboard focus. */
export function focusedName(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return '';
    return (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ');
  });
}

/** Presses Tab until the focused element's name matches, at most `max` times. */
export async function tabTo(page, pattern, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (pattern.test(await focusedName(page))) return;
  }
  throw new Error(`Nach ${max}× Tab nicht erreicht: ${pattern}`);
}

/** The total the API reports for a list query: what the page must end up showing (not a stale page). */
export async function apiTotal(pathAndQuery) {
  const response = await fetch(new URL(pathAndQuery, API_URL));
  assert.ok(response.ok, `${pathAndQuery}: ${response.status}`);
  return (await response.json()).total;
}

/** Signs in through the sign-in page and waits until the header shows the account. */
export async function signIn(page, benutzername, passwort) {
  await goto(page, '/anmelden');
  await page.locator('#login-benutzername').fill(benutzername);
  await page.locator('#login-passwort').fill(passwort);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/anmelden'));
  await settled(page);
}

/**
 * A second client straight against the API (another editor's session): signs in, keeps cookie and CSRF token,
 * and sends writes with them.
 */
export async function apiSession(benutzername, passwort) {
  const login = await fetch(new URL('/api/v1/auth/login', API_URL), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ benutzername, passwort }),
  });
  assert.equal(login.status, 200, `Anmeldung ${benutzername}: ${login.status}`);
  const ich = await login.json();
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return {
    ich,
    async call(method, path, { body, ifMatch } = {}) {
      const headers = { Cookie: cookie, 'X-CSRF-Token': ich.csrfToken, Accept: 'application/json' };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      if (ifMatch) headers['If-Match'] = ifMatch;
      const response = await fetch(new URL(path, API_URL), {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return {
        status: response.status,
        etag: response.headers.get('ETag'),
        body: text ? JSON.parse(text) : null,
      };
    },
  };
}
