import type { Schemas } from '@/api';

export type Kasus = 'nom' | 'akk' | 'dat' | 'gen';
type Genus = 'm' | 'f';

const ARTIKEL: Record<Genus, Record<Kasus, string>> = {
  m: { nom: 'der', akk: 'den', dat: 'dem', gen: 'des' },
  f: { nom: 'die', akk: 'die', dat: 'der', gen: 'der' },
};

/** "Kreis" in the genitive is "Kreises", wherever it stands in the name (Kreis Mettmann, Rhein-Sieg-Kreis). */
function kreisGenitiv(name: string): string {
  return name.replace(/^Kreis /, 'Kreises ').replace(/kreis$/i, (k) => `${k}es`);
}

/**
 * A Kommune's name with its article, declined, for sentences: "für den Kreis Mettmann", "für die Stadt Köln",
 * "in der Gemeinde Merzenich", "der Märkische Kreis", "Lage des Kreises Mettmann". The official name
 * ("Köln, Stadt") reads as spoken.
 */
export function kommuneMitArtikel(
  kommune: { name: string; typ: Schemas['KommuneTyp'] },
  kasus: Kasus,
): string {
  const { name, typ } = kommune;
  if (typ === 'KREIS') {
    if (/^Städteregion /.test(name)) return `${ARTIKEL.f[kasus]} ${name}`;
    // "Märkischer Kreis": the adjective follows the article (der Märkische, den/dem/des Märkischen Kreis)
    const adjektiv = /^(\S+)er Kreis$/.exec(name);
    if (adjektiv)
      return kasus === 'gen'
        ? `des ${adjektiv[1]}en Kreises`
        : `${ARTIKEL.m[kasus]} ${adjektiv[1]}${kasus === 'nom' ? 'e' : 'en'} Kreis`;
    return `${ARTIKEL.m[kasus]} ${kasus === 'gen' ? kreisGenitiv(name) : name}`;
  }
  return `${ARTIKEL.f[kasus]} ${kommuneOhneArtikel(kommune)}`;
}

/** The spoken name without article: "Stadt Köln", "Gemeinde Merzenich", "Kreis Mettmann". */
export function kommuneOhneArtikel(kommune: { name: string; typ: Schemas['KommuneTyp'] }): string {
  const { name, typ } = kommune;
  if (typ === 'KREIS') return name;
  const [kern, zusatz] = name.split(/,\s*/, 2);
  const stadt =
    /stadt/i.test(zusatz ?? '') ||
    typ === 'KREISFREIE_STADT' ||
    typ === 'GROSSE_KREISANGEHOERIGE_STADT' ||
    typ === 'MITTLERE_KREISANGEHOERIGE_STADT';
  return `${stadt ? 'Stadt' : 'Gemeinde'} ${kern ?? name}`;
}

/** The same at the start of a sentence: "Die Stadt Köln liegt darüber." */
export function KommuneMitArtikel(
  kommune: { name: string; typ: Schemas['KommuneTyp'] },
  kasus: Kasus,
): string {
  const s = kommuneMitArtikel(kommune, kasus);
  return s.charAt(0).toUpperCase() + s.slice(1);
}
