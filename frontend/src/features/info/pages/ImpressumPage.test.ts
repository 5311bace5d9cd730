import { screen } from '@testing-library/vue';
import { describe, expect, it } from 'vitest';
import { runtimeConfigKey } from '@/config/runtimeConfig';
import { renderWithApp } from '@/test/render';
import DatenschutzPage from './DatenschutzPage.vue';
import ImpressumPage from './ImpressumPage.vue';

const betreiber = {
  name: 'Ministerium für Musterangelegenheiten NRW',
  anschrift: ['Musterstraße 1', '40213 Düsseldorf'],
  vertretung: 'Erika Mustermann',
  email: 'dashboard@example.nrw',
  datenschutz: 'datenschutz@example.nrw',
  aufsicht: 'Landesbeauftragte für Datenschutz und Informationsfreiheit NRW',
};

describe('Impressum and Datenschutzerklärung', () => {
  it('say clearly that the operator is not configured, and mark the gaps', async () => {
    await renderWithApp(ImpressumPage, { route: '/impressum' });
    expect(screen.getByRole('note', { name: 'Angaben des Betreibers fehlen' })).toBeInTheDocument();
    expect(screen.getByText('[Name der öffentlichen Stelle]')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/DASHBOARD_|config\.json/);
  });

  it('show the configured operator without a placeholder', async () => {
    const global = { provide: { [runtimeConfigKey as symbol]: { apiBaseUrl: '', betreiber } } };
    await renderWithApp(ImpressumPage, { route: '/impressum', global });
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    expect(screen.getByText('Ministerium für Musterangelegenheiten NRW')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'dashboard@example.nrw' })).toHaveAttribute(
      'href',
      'mailto:dashboard@example.nrw',
    );
    expect(screen.queryByText(/Vom Betreiber auszufüllen/)).not.toBeInTheDocument();
  });

  it('Datenschutz names the configured officer and authority', async () => {
    const global = { provide: { [runtimeConfigKey as symbol]: { apiBaseUrl: '', betreiber } } };
    await renderWithApp(DatenschutzPage, { route: '/datenschutz', global });
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    expect(screen.getByText('datenschutz@example.nrw')).toBeInTheDocument();
    expect(screen.getByText(/Landesbeauftragte für Datenschutz/)).toBeInTheDocument();
  });
});
