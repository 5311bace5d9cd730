import { screen } from '@testing-library/vue';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/api';
import { API } from '@/test/fixtures';
import { renderWithApp } from '@/test/render';
import { server } from '@/test/server';
import EintragPage from './EintragPage.vue';

const eintrag: Schemas['Umsetzungseintrag'] = {
  ozgId: 10169,
  name: 'Führerschein',
  themenfeldId: 9,
  zustaendig: true,
  zustaendigkeitAbgeleitet: true,
  status: 'IN_PLANUNG',
  quelle: 'IMPORT',
  version: 3,
  beispiel: false,
};

async function melde(status: number) {
  const puts: { ifMatch: string | null; auth: string | null; body: unknown }[] = [];
  server.use(
    http.get(`${API}/api/v1/kommunen/05315000/umsetzungsstand/10169`, () => HttpResponse.json(eintrag)),
    http.put(`${API}/api/v1/kommunen/05315000/umsetzungsstand/10169`, async ({ request }) => {
      puts.push({
        ifMatch: request.headers.get('If-Match'),
        auth: request.headers.get('Authorization'),
        body: await request.json(),
      });
      return status === 200
        ? HttpResponse.json({ ...eintrag, status: 'ONLINE', reifegrad: 3, version: 4 })
        : HttpResponse.json(
            { type: '/probleme/veraltet', title: 'Veraltet', status, detail: 'Der Eintrag wurde geändert.' },
            { status, headers: { 'Content-Type': 'application/problem+json' } },
          );
    }),
  );
  await renderWithApp(EintragPage, {
    props: { ags: '05315000', ozgId: '10169' },
    route: '/kommunen/05315000/umsetzungsstand/10169',
  });
  const user = userEvent.setup();
  await screen.findByText(/Bisher: in Planung/);
  await user.type(screen.getByLabelText('Geheimnis des API-Tokens'), 'ddb_redaktion_koeln');
  await user.selectOptions(screen.getByLabelText('Status'), 'ONLINE');
  await user.selectOptions(screen.getByLabelText('Reifegrad (OZG-Reifegradmodell 1.1)'), '3');
  await user.type(screen.getByLabelText('Adresse des Online-Angebots'), 'https://example.org/fs');
  await user.click(screen.getByRole('button', { name: 'Stand speichern' }));
  return puts;
}

describe('EintragPage', () => {
  it('replaces the entry with If-Match of the version read', async () => {
    const puts = await melde(200);
    expect(await screen.findByText('Gespeichert')).toBeInTheDocument();
    expect(puts).toEqual([
      {
        ifMatch: '"3"',
        auth: 'Bearer ddb_redaktion_koeln',
        body: { status: 'ONLINE', reifegrad: 3, reifegradmodell: '1.1', url: 'https://example.org/fs' },
      },
    ]);
  });

  it('says so when somebody changed the entry in between (412)', async () => {
    await melde(412);
    expect(await screen.findByText('Inzwischen geändert')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Neu laden' })).toBeInTheDocument();
  });
});
