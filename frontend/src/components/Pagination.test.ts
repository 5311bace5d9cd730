import { screen, within } from '@testing-library/vue';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@/test/render';
import Pagination from './Pagination.vue';

describe('Pagination', () => {
  it('links first, last and the neighbours of the current page, and marks the current one', async () => {
    await renderWithApp(Pagination, {
      route: '/leistungen?seite=5',
      props: {
        page: 4,
        size: 20,
        total: 557,
        linkTo: (p: number) => ({ path: '/leistungen', query: { seite: p + 1 } }),
      },
    });
    const nav = screen.getByRole('navigation', { name: 'Seiten' });
    const pages = within(nav)
      .getAllByRole('link', { name: /^Seite \d+$/ })
      .map((a) => a.textContent?.trim());
    expect(pages).toEqual(['1', '4', '5', '6', '28']);
    expect(within(nav).getByRole('link', { name: 'Seite 5' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: /Vorherige Seite/ })).toHaveAttribute(
      'href',
      '/leistungen?seite=4',
    );
    expect(within(nav).getByRole('link', { name: /Nächste Seite/ })).toHaveAttribute(
      'href',
      '/leistungen?seite=6',
    );
  });

  it('is not there for a single page', async () => {
    await renderWithApp(Pagination, { props: { page: 0, size: 20, total: 4, linkTo: () => '/' } });
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });
});
