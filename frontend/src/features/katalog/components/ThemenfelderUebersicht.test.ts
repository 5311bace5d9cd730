import { screen, within } from '@testing-library/vue';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@/test/render';
import ThemenfelderUebersicht from './ThemenfelderUebersicht.vue';

describe('ThemenfelderUebersicht', () => {
  it('has a table with the chart’s values, largest first, and a chart described for screen readers', async () => {
    await renderWithApp(ThemenfelderUebersicht);
    const table = await screen.findByRole('table', { name: 'Leistungen je Themenfeld als Tabelle' });
    const rows = within(table).getAllByRole('row').slice(1);
    const cells = (row: HTMLElement) =>
      [...row.querySelectorAll('th, td')].map((c) => c.textContent?.trim()).join(' | ');
    expect(rows.map(cells)).toEqual([
      'Unternehmensführung & -entwicklung | 8 | 78',
      'Mobilität & Reisen | 4 | 60',
      'Familie & Kind | 6 | 37',
    ]);
    expect(within(table).getByRole('link', { name: 'Familie & Kind' })).toHaveAttribute(
      'href',
      '/themenfelder/6',
    );
    expect(
      screen.getByRole('img', {
        name: /von Unternehmensführung & -entwicklung mit 78 bis Familie & Kind mit 37/,
      }),
    ).toBeInTheDocument();
  });
});
