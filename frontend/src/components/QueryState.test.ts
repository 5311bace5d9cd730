import { render, screen } from '@testing-library/vue';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { h } from 'vue';
import { ApiError } from '@/api';
import QueryState from './QueryState.vue';

const slots = {
  default: ({ data }: { data: string[] }) =>
    h(
      'ul',
      data.map((d) => h('li', d)),
    ),
  empty: () => h('p', 'Nichts gefunden – anderer Suchbegriff?'),
};

describe('QueryState', () => {
  it('shows a loading status while there is no data', () => {
    render(QueryState, {
      props: { data: undefined, error: null, loadingLabel: 'Leistungen werden geladen …' },
      slots,
    });
    expect(screen.getByRole('status')).toHaveTextContent('Leistungen werden geladen …');
  });

  it('shows the problem detail from the API and a retry button', async () => {
    const error = new ApiError('server', 'Interner Fehler', 'Fehlerkennung: 4e55cbfc', 500);
    const { emitted } = render(QueryState, { props: { data: undefined, error }, slots });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Interner Fehler');
    expect(alert).toHaveTextContent('Fehlerkennung: 4e55cbfc');
    await userEvent.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(emitted('retry')).toHaveLength(1);
  });

  it('offers no retry where retrying cannot help (404)', () => {
    render(QueryState, {
      props: {
        data: undefined,
        error: new ApiError('not-found', 'Nicht gefunden', 'Keine Kommune 05999.', 404),
      },
      slots,
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Keine Kommune 05999.');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows the empty state, then the content', async () => {
    const { rerender } = render(QueryState, {
      props: {
        data: [] as string[],
        error: null,
        isEmpty: (d: object) => (d as string[]).length === 0,
        emptyTitle: 'Keine Leistung gefunden',
      },
      slots,
    });
    expect(screen.getByText('Keine Leistung gefunden')).toBeInTheDocument();
    expect(screen.getByText('Nichts gefunden – anderer Suchbegriff?')).toBeInTheDocument();
    await rerender({ data: ['Führerschein'], error: null });
    expect(screen.getByRole('listitem')).toHaveTextContent('Führerschein');
  });
});
