import { screen, within } from '@testing-library/vue';
import { describe, expect, it } from 'vitest';
import { gemeinden } from '@/test/fixtures';
import { renderWithApp } from '@/test/render';
import KommunenTable from './KommunenTable.vue';

describe('KommunenTable', () => {
  it('shows each Kommune’s share online with its counts, "–" without a Soll', async () => {
    await renderWithApp(KommunenTable, {
      props: {
        caption: 'Kommunen',
        items: [{ ...gemeinden[0]!, soll: 1460, online: 1299, anteilOnline: 0.8897 }, { ...gemeinden[1]! }],
      },
    });
    const rows = within(screen.getByRole('table', { name: 'Kommunen' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(/89,0 %\s*1.299 von 1.460/);
    expect(within(rows[2]!).getAllByRole('cell')[0]).toHaveTextContent('–');
  });
});
