import { describe, expect, it } from 'vitest';
import { entitaetLabel, entitaetPath, entitaetTypen } from './labels';

describe('change log entry types', () => {
  it('offer the public log every type but accounts and tokens, the audit trail all', () => {
    const alle = entitaetTypen('all');
    const oeffentlich = entitaetTypen('public');
    expect(alle).toEqual(
      expect.arrayContaining(['PROJEKT', 'UMSETZUNGSSTAND', 'IMPORT', 'KONTO', 'API_TOKEN']),
    );
    expect(oeffentlich).not.toContain('KONTO');
    expect(oeffentlich).not.toContain('API_TOKEN');
    expect(alle.filter((t) => !oeffentlich.includes(t))).toEqual(['KONTO', 'API_TOKEN']);
  });

  it('name and link an entry, and leave an unknown type as it is', () => {
    expect(entitaetLabel('BASISKOMPONENTE_ANSCHLUSS')).toBe('Anschluss an eine Basiskomponente');
    expect(entitaetLabel('NEU_IM_BACKEND')).toBe('NEU_IM_BACKEND');
    expect(entitaetPath('KOMMUNE', '05315000')).toBe('/kommunen/05315000');
    expect(entitaetPath('KONTO', '7')).toBeUndefined();
    expect(entitaetPath('toString', '1')).toBeUndefined();
  });
});
