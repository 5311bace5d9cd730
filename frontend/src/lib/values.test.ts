import { describe, expect, it } from 'vitest';
import { formatValue, oeffentlicheId, oeffentlicheZusammenfassung } from './values';

describe('oeffentlicheZusammenfassung', () => {
  it('leaves out server settings that system entries name', () => {
    expect(
      oeffentlicheZusammenfassung(
        'Beispielzahlen zum Umsetzungsstand angelegt (keine echten Angaben; abschaltbar mit DASHBOARD_DEMO_DATA=false)',
      ),
    ).toBe('Beispielzahlen zum Umsetzungsstand angelegt (keine echten Angaben)');
    expect(oeffentlicheZusammenfassung('12 Beispielprojekte entfernt (DASHBOARD_DEMO_DATA=false)')).toBe(
      '12 Beispielprojekte entfernt',
    );
    expect(oeffentlicheZusammenfassung('Tagesstand 2026-12-03 gespeichert')).toBe(
      'Tagesstand 03.12.2026 gespeichert',
    );
    expect(oeffentlicheZusammenfassung('Status geändert: ONLINE')).toBe('Status geändert: ONLINE');
  });
});

describe('formatValue', () => {
  it('names fields in words and counts with thousands separators, keys unchanged', () => {
    expect(formatValue({ umsetzungsstand: 123456, anschluesse: 2345, tagesstaende: 30 })).toBe(
      'Umsetzungsstände: 123.456; Anschlüsse an Basiskomponenten: 2.345; Tagesstände: 30',
    );
    expect(formatValue(10169, 'ozgId')).toBe('10169');
    expect(formatValue(12000, 'anzahl')).toBe('12.000');
    expect(formatValue('2026-11-28', 'stand')).toBe('28.11.2026');
    // a value the change log made of a workshop or decision: date first, then the rest
    expect(formatValue(['2026-12-03 Umsetzungsvariante Führerschein'])).toBe(
      '03.12.2026 Umsetzungsvariante Führerschein',
    );
  });
});

describe('oeffentlicheId', () => {
  it('shows dates in German and lower-case codes in words, other keys as they are', () => {
    expect(oeffentlicheId('2026-12-03')).toBe('03.12.2026');
    expect(oeffentlicheId('umsetzungsstand')).toBe('Umsetzungsstände');
    expect(oeffentlicheId('05315000')).toBe('05315000');
  });
});
