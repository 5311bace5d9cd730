import { screen, within } from '@testing-library/vue';
import { describe, expect, it } from 'vitest';
import { leistung } from '@/test/fixtures';
import { renderWithApp } from '@/test/render';
import LeistungenTable from './LeistungenTable.vue';

describe('LeistungenTable', () => {
  it('says in how many of the zuständige Kommunen a Leistung is online', async () => {
    await renderWithApp(LeistungenTable, {
      props: {
        caption: 'Leistungen',
        items: [
          {
            ...leistung(10169, 'Führerschein'),
            zustaendigeKommunen: 1396,
            onlineKommunen: 1129,
            anteilOnline: 0.8087,
          },
          leistung(10484, 'Abfallentsorgung in der Hohen See'),
        ],
      },
    });
    const table = screen.getByRole('table', { name: 'Leistungen' });
    expect(within(table).getByRole('row', { name: /^Führerschein/ })).toHaveTextContent(
      /80,9 %\s*online in 1.129 von\s+1.396 zuständigen Kommunen/,
    );
    expect(within(table).getByRole('row', { name: /Hohen See/ })).toHaveTextContent(
      'keine Kommune zuständig',
    );
  });
});
