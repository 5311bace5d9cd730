import { render, screen } from '@testing-library/vue';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ConflictDialog from './ConflictDialog.vue';

describe('ConflictDialog', () => {
  it('explains that nothing was saved, shows the differences on request and offers reload or discard', async () => {
    const { emitted, rerender } = render(ConflictDialog, {
      props: { open: false, differences: [{ label: 'Titel', mine: 'Mein Titel', theirs: 'Ihr Titel' }] },
    });
    await rerender({
      open: true,
      differences: [{ label: 'Titel', mine: 'Mein Titel', theirs: 'Ihr Titel' }],
    });
    const dialog = await screen.findByRole('dialog', { name: 'Inzwischen geändert' });
    expect(dialog).toHaveTextContent('Ihre Änderung wurde nicht gespeichert');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Unterschiede anzeigen' }));
    const table = screen.getByRole('table', { name: 'Unterschiede zur neuesten Fassung' });
    expect(table).toHaveTextContent('Mein Titel');
    expect(table).toHaveTextContent('Ihr Titel');

    await userEvent.click(screen.getByRole('button', { name: 'Neu laden und Eingaben behalten' }));
    await userEvent.click(screen.getByRole('button', { name: 'Meine Eingaben verwerfen' }));
    expect(Object.keys(emitted())).toEqual(expect.arrayContaining(['reload', 'discard']));
  });
});
