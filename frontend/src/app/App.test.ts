import { screen, waitFor } from '@testing-library/vue';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@/test/render';
import App from './App.vue';

describe('App shell', () => {
  it('has landmarks, a skip link to the main content and a main navigation', async () => {
    await renderWithApp(App, { route: '/leichte-sprache' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Leichte Sprache' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zum Inhalt springen' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('navigation', { name: 'Hauptnavigation' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('moves the focus to the new page’s heading and sets its title after a change of page', async () => {
    await renderWithApp(App, { route: '/leichte-sprache' });
    await screen.findByRole('heading', { level: 1, name: 'Leichte Sprache' });
    await userEvent.click(screen.getByRole('link', { name: 'Erklärung zur Barriere·freiheit' }));
    const h1 = await screen.findByRole('heading', { level: 1, name: 'Erklärung zur Barrierefreiheit' });
    await waitFor(() => expect(h1).toHaveFocus());
    expect(document.title).toBe('Erklärung zur Barrierefreiheit – Digitalisierungsdashboard NRW');
    expect(screen.getByRole('link', { name: 'Erklärung zur Barrierefreiheit' })).toBeInTheDocument();
  });

  it('answers unknown addresses with the 404 page', async () => {
    await renderWithApp(App, { route: '/gibt/es/nicht' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Seite nicht gefunden' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Seite nicht gefunden – Digitalisierungsdashboard NRW');
  });
});
