import { fireEvent, screen, waitFor, within } from '@testing-library/vue';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@/test/render';
import NrwMap from './NrwMap.vue';

async function renderMap(route = '/') {
  const result = await renderWithApp(NrwMap, { route });
  await screen.findByRole('group', { name: /^Karte: / });
  return result;
}

describe('NrwMap', () => {
  it('shows the 5 Regierungsbezirke as links, with legend and the same values in a table', async () => {
    await renderMap();
    const map = screen.getByRole('group', {
      name: 'Karte: Nordrhein-Westfalen: 5 Regierungsbezirke, eingefärbt nach Einwohner',
    });
    const regions = within(map).getAllByRole('link');
    expect(regions.map((r) => r.getAttribute('aria-label'))).toContain(
      'Regierungsbezirk Köln, Einwohner: 4.527.594. Kreise anzeigen',
    );
    expect(regions).toHaveLength(5);
    expect(screen.getByText('Legende: Einwohner')).toBeInTheDocument();

    const table = screen.getByRole('table', {
      name: 'Nordrhein-Westfalen: 5 Regierungsbezirke – Einwohner als Tabelle',
    });
    const koeln = within(table).getByRole('row', { name: /Regierungsbezirk Köln/ });
    expect(koeln).toHaveTextContent('4.527.594');
  });

  it('shows a tooltip when a region gets the keyboard focus, and hides it on Escape', async () => {
    await renderMap();
    const koeln = screen.getByRole('link', { name: /^Regierungsbezirk Köln,/ });
    await fireEvent.focus(koeln);
    expect(
      screen.getByText('Einwohner: 4.527.594', { selector: '.map-canvas__tooltip span' }),
    ).toBeInTheDocument();
    await fireEvent.keyDown(koeln, { key: 'Escape' });
    expect(document.querySelector('.map-canvas__tooltip')).toBeNull();
  });

  it('drills into a Bezirk on Enter or click, keeps it in the URL, and opens kreisfreie Städte', async () => {
    const { router } = await renderMap();
    await userEvent.click(screen.getByRole('link', { name: /^Regierungsbezirk Köln,/ }));
    await waitFor(() => expect(router.currentRoute.value.query).toEqual({ bezirk: '053' }));
    const map = await screen.findByRole('group', {
      name: /^Karte: Regierungsbezirk Köln: 2 Kreise und kreisfreie Städte/,
    });
    // the focus goes to the new level's heading
    await waitFor(() =>
      expect(
        screen.getByRole('heading', { name: 'Regierungsbezirk Köln: 2 Kreise und kreisfreie Städte' }),
      ).toHaveFocus(),
    );

    expect(within(map).getByRole('link', { name: /^Köln \(kreisfreie Stadt\)/ })).toHaveAttribute(
      'href',
      '/kommunen/05315000',
    );
    expect(
      within(map).getByRole('link', { name: /^Rhein-Sieg-Kreis, .*Gemeinden anzeigen$/ }),
    ).toHaveAttribute('href', '/?bezirk=053&kreis=05382');
    const levels = within(screen.getByRole('navigation', { name: 'Kartenebenen' }));
    expect(levels.getByRole('link', { name: 'Nordrhein-Westfalen' })).toHaveAttribute('href', '/');
    expect(levels.getByText('Regierungsbezirk Köln')).toHaveAttribute('aria-current', 'location');
  });

  it('colours by another figure, chosen in the URL', async () => {
    await renderMap('/?bezirk=053&kreis=05382&kennzahl=einwohnerJeKm2');
    const map = screen.getByRole('group', {
      name: /^Karte: Rhein-Sieg-Kreis: 2 Gemeinden, eingefärbt nach Einwohner je km²/,
    });
    expect(
      within(map).getByRole('link', { name: /^Siegburg, Einwohner je km²: 1\.793,1\. Profil öffnen$/ }),
    ).toHaveAttribute('href', '/kommunen/05382060');
    expect(screen.getByLabelText('Einfärben nach')).toHaveValue('einwohnerJeKm2');
  });
});
