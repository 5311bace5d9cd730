import { QueryClient } from '@tanstack/vue-query';
import { describe, expect, it } from 'vitest';
import { ref } from 'vue';
import { dependsOnSession, queryKeys } from './queryKeys';

/** A cache with one answer under each key, and which of them a write marks stale. */
function cacheWith(keys: readonly (readonly unknown[])[]) {
  const client = new QueryClient();
  for (const key of keys) client.setQueryData(key, 'alt');
  return {
    client,
    stale: () =>
      client
        .getQueryCache()
        .getAll()
        .filter((q) => q.state.isInvalidated)
        .map((q) => q.queryKey),
  };
}

describe('query keys', () => {
  it('let a write mark every view of what it changed, and nothing else', async () => {
    const projekt = queryKeys.projekt(4);
    const liste = queryKeys.projekte.list({ phase: 'UMSETZUNG' });
    const von = queryKeys.projekte.von({ art: 'kommune', id: '05315000', page: 0 });
    const historie = queryKeys.aenderungen.historie({ art: 'projekt', id: 4, page: 0 });
    const stand = queryKeys.aenderungen.stand;
    const leistung = queryKeys.leistung(10169);
    const { client, stale } = cacheWith([
      projekt,
      liste,
      von,
      queryKeys.projekte.uebersicht,
      historie,
      stand,
      leistung,
    ]);

    await client.invalidateQueries({ queryKey: queryKeys.projekte.all });
    await client.invalidateQueries({ queryKey: queryKeys.aenderungen.all });
    expect(stale()).toEqual([liste, von, queryKeys.projekte.uebersicht, historie, stand]);
  });

  it('give the same cache entry for a value and a ref of it (what pages pass)', () => {
    const client = new QueryClient();
    client.setQueryData(queryKeys.leistung(ref(10169)), 'Führerschein');
    expect(client.getQueryData(queryKeys.leistung(10169))).toBe('Führerschein');
    expect(queryKeys.stammdaten.of('kreise')).toEqual(['stammdaten', 'kreise']);
  });

  it('keep the session apart from everything that depends on who asks', () => {
    expect(dependsOnSession({ queryKey: queryKeys.session })).toBe(false);
    expect(dependsOnSession({ queryKey: queryKeys.projekt(4) })).toBe(true);
    expect(dependsOnSession({ queryKey: queryKeys.admin.konten(0) })).toBe(true);
  });
});
