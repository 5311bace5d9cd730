import { screen, waitFor } from '@testing-library/vue';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { setCsrfToken, type Schemas } from '@/api';
import { API, ich } from '@/test/fixtures';
import { problem } from '@/test/handlers';
import { renderWithApp } from '@/test/render';
import { server } from '@/test/server';
import KommuneStatusForm from './KommuneStatusForm.vue';

const kommune = {
  ags: '05158028',
  name: 'Ratingen, Stadt',
  typ: 'MITTLERE_KREISANGEHOERIGE_STADT',
  typAbgeleitet: true,
} as unknown as Schemas['KommuneDetail'];

describe('KommuneStatusForm', () => {
  it('is not offered to editors without the role', async () => {
    await renderWithApp(KommuneStatusForm, { props: { kommune } });
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByRole('button', { name: 'Status bearbeiten' })).not.toBeInTheDocument();
  });

  it('sends If-Match from the ETag; a 412 opens the dialog, and the kept input goes out again on the new version', async () => {
    setCsrfToken('csrf-123');
    let version = 3;
    let typ = 'MITTLERE_KREISANGEHOERIGE_STADT';
    const ifMatches: (string | null)[] = [];
    server.use(
      http.get(`${API}/api/v1/auth/me`, () =>
        HttpResponse.json(ich({ rollen: ['KOORDINATION'], themenfelder: [9] })),
      ),
      http.get(`${API}/api/v1/kommunen/05158028`, () =>
        HttpResponse.json({ ...kommune, typ }, { headers: { ETag: `"${version}"` } }),
      ),
      http.patch(`${API}/api/v1/kommunen/05158028`, async ({ request }) => {
        ifMatches.push(request.headers.get('If-Match'));
        if (request.headers.get('If-Match') !== `"${version}"`)
          return problem(412, 'Veraltete Fassung', 'Inzwischen geändert.');
        typ = ((await request.json()) as { typ: string }).typ;
        version++;
        return HttpResponse.json({ ...kommune, typ }, { headers: { ETag: `"${version}"` } });
      }),
    );
    await renderWithApp(KommuneStatusForm, { props: { kommune } });
    await userEvent.click(await screen.findByRole('button', { name: 'Status bearbeiten' }));
    await userEvent.selectOptions(await screen.findByLabelText('Status'), 'GROSSE_KREISANGEHOERIGE_STADT');

    // Someone else saves meanwhile.
    version = 4;
    typ = 'KREISANGEHOERIGE_GEMEINDE';
    await userEvent.click(screen.getByRole('button', { name: 'Status speichern' }));
    await screen.findByRole('dialog', { name: 'Inzwischen geändert' });
    await userEvent.click(screen.getByRole('button', { name: 'Unterschiede anzeigen' }));
    expect(screen.getByRole('table', { name: 'Unterschiede zur neuesten Fassung' })).toHaveTextContent(
      'Kreisangehörige Gemeinde',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Neu laden und Eingaben behalten' }));
    expect(screen.getByLabelText('Status')).toHaveValue('GROSSE_KREISANGEHOERIGE_STADT');

    await userEvent.click(screen.getByRole('button', { name: 'Status speichern' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Große kreisangehörige Stadt'));
    expect(ifMatches).toEqual(['"3"', '"4"']);
  });
});
