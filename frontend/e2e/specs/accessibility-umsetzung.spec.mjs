// The pages of the Umsetzungsstand, the projects and the sign-in, checked like every page (see
// accessibility.spec.mjs): axe finds nothing; landmarks, one <h1>, a title of its own; a screenshot of each.
import { after, before, describe, test } from 'node:test';
import { assertPageAccessible, launchBrowser } from '../support.mjs';

/** [screenshot name, path, expected <h1>] */
const PAGES = [
  ['start-umsetzung-c', '/?bezirk=053&kennzahl=umsetzung-c-r3', 'Digitalisierungsdashboard NRW'],
  ['statistik', '/statistik', 'Umsetzungsstand in Zahlen'],
  ['statistik-reifegrad', '/statistik?reifegrad=3', 'Umsetzungsstand in Zahlen'],
  ['matrix', '/statistik/basiskomponenten', 'Anschluss an Basiskomponenten'],
  [
    'matrix-filter',
    '/statistik/basiskomponenten?regierungsbezirk=053&typ=KREIS',
    'Anschluss an Basiskomponenten',
  ],
  ['importe', '/importe', 'Umsetzungsstand importieren'],
  ['stand-melden', '/kommunen/05315000/umsetzungsstand/10169', 'Stand melden: Führerschein'],
  ['leistung-umsetzung', '/leistungen/10169?bezirk=053&kennzahl=leistung-10169-r3', 'Führerschein'],
  ['anmelden', '/anmelden', 'Anmelden'],
  ['projekte', '/projekte', 'Umsetzungsprojekte'],
  ['projekte-filter', '/projekte?phase=UMSETZUNG&sort=themenfeld', 'Umsetzungsprojekte'],
  ['projekt', '/projekte/4', /^Beispiel: /],
  ['gremien', '/gremien', 'Gremien'],
  ['koordination', '/koordination', 'Koordination je Themenfeld'],
  ['aenderungen', '/aenderungen', 'Änderungen'],
];

describe('Barrierefreiheit: Umsetzungsstand, Projekte, Anmeldung (axe: wcag2a, wcag2aa, wcag21a, wcag21aa)', () => {
  let browser;
  before(async () => (browser = await launchBrowser()));
  after(() => browser?.close());

  for (const entry of PAGES) test(entry[1], () => assertPageAccessible(browser, entry));
});
