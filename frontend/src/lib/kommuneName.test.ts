import { describe, expect, it } from 'vitest';
import { KommuneMitArtikel, kommuneMitArtikel, kommuneOhneArtikel } from './kommuneName';

describe('kommuneMitArtikel', () => {
  it('declines Kreise, Städte and Gemeinden with their article', () => {
    expect(kommuneMitArtikel({ name: 'Kreis Mettmann', typ: 'KREIS' }, 'akk')).toBe('den Kreis Mettmann');
    expect(kommuneMitArtikel({ name: 'Kreis Mettmann', typ: 'KREIS' }, 'nom')).toBe('der Kreis Mettmann');
    expect(kommuneMitArtikel({ name: 'Rhein-Sieg-Kreis', typ: 'KREIS' }, 'dat')).toBe('dem Rhein-Sieg-Kreis');
    expect(kommuneMitArtikel({ name: 'Märkischer Kreis', typ: 'KREIS' }, 'nom')).toBe('der Märkische Kreis');
    expect(kommuneMitArtikel({ name: 'Märkischer Kreis', typ: 'KREIS' }, 'akk')).toBe('den Märkischen Kreis');
    expect(kommuneMitArtikel({ name: 'Städteregion Aachen', typ: 'KREIS' }, 'dat')).toBe(
      'der Städteregion Aachen',
    );
    expect(kommuneMitArtikel({ name: 'Köln, Stadt', typ: 'KREISFREIE_STADT' }, 'akk')).toBe('die Stadt Köln');
    expect(kommuneMitArtikel({ name: 'Heimbach, Stadt', typ: 'KREISANGEHOERIGE_GEMEINDE' }, 'dat')).toBe(
      'der Stadt Heimbach',
    );
    expect(kommuneMitArtikel({ name: 'Merzenich', typ: 'KREISANGEHOERIGE_GEMEINDE' }, 'nom')).toBe(
      'die Gemeinde Merzenich',
    );
    expect(
      kommuneMitArtikel({ name: 'Brüggen, Burggemeinde', typ: 'KREISANGEHOERIGE_GEMEINDE' }, 'akk'),
    ).toBe('die Gemeinde Brüggen');
    expect(kommuneMitArtikel({ name: 'Solingen, Klingenstadt', typ: 'KREISFREIE_STADT' }, 'nom')).toBe(
      'die Stadt Solingen',
    );
  });

  it('forms the genitive, with "Kreises" where the name ends or begins with Kreis', () => {
    expect(kommuneMitArtikel({ name: 'Kreis Mettmann', typ: 'KREIS' }, 'gen')).toBe('des Kreises Mettmann');
    expect(kommuneMitArtikel({ name: 'Rhein-Sieg-Kreis', typ: 'KREIS' }, 'gen')).toBe(
      'des Rhein-Sieg-Kreises',
    );
    expect(kommuneMitArtikel({ name: 'Hochsauerlandkreis', typ: 'KREIS' }, 'gen')).toBe(
      'des Hochsauerlandkreises',
    );
    expect(kommuneMitArtikel({ name: 'Märkischer Kreis', typ: 'KREIS' }, 'gen')).toBe(
      'des Märkischen Kreises',
    );
    expect(kommuneMitArtikel({ name: 'Rheinisch-Bergischer Kreis', typ: 'KREIS' }, 'dat')).toBe(
      'dem Rheinisch-Bergischen Kreis',
    );
    expect(kommuneMitArtikel({ name: 'Köln, Stadt', typ: 'KREISFREIE_STADT' }, 'gen')).toBe('der Stadt Köln');
  });

  it('names a Kommune without article and capitalises at the start of a sentence', () => {
    expect(kommuneOhneArtikel({ name: 'Köln, Stadt', typ: 'KREISFREIE_STADT' })).toBe('Stadt Köln');
    expect(kommuneOhneArtikel({ name: 'Kreis Mettmann', typ: 'KREIS' })).toBe('Kreis Mettmann');
    expect(KommuneMitArtikel({ name: 'Kreis Mettmann', typ: 'KREIS' }, 'nom')).toBe('Der Kreis Mettmann');
    expect(KommuneMitArtikel({ name: 'Merzenich', typ: 'KREISANGEHOERIGE_GEMEINDE' }, 'nom')).toBe(
      'Die Gemeinde Merzenich',
    );
  });
});
