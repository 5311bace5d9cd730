import { screen, within } from '@testing-library/vue';
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

/** The entry on the server; a PUT answers 412 unless its If-Match names the current version. */
async function melde(status: number) {
  let aktuell = { ...eintrag };
  const puts: {
    ifMatch: string | null;
    auth: string | null;
    credentials: RequestCredentials;
    body: unknown;
  }[] = [];
  server.use(
    http.get(`${API}/api/v1/kommunen/05315000/umsetzungsstand/10169`, () => HttpResponse.json(aktuell)),
    http.put(`${API}/api/v1/kommunen/05315000/umsetzungsstand/10169`, async ({ request }) => {
      const body = (await request.json()) as Partial<Schemas['Umsetzungseintrag']>;
      puts.push({
        ifMatch: request.headers.get('If-Match'),
        auth: request.headers.get('Authorization'),
        credentials: request.credentials,
        body,
      });
      const refused =
        status !== 200 ? status : request.headers.get('If-Match') !== `"${aktuell.version}"` ? 412 : 0;
      if (refused)
        return HttpResponse.json(
          {
            type: '/probleme/test',
            title: 'Abgelehnt',
            status: refused,
            detail: 'Der Eintrag wurde geändert.',
          },
          { status: refused, headers: { 'Content-Type': 'application/problem+json' } },
        );
      aktuell = { ...aktuell, ...body, version: (aktuell.version ?? 0) + 1 };
      return HttpResponse.json(aktuell);
    }),
  );
  await renderWithApp(EintragPage, {
    props: { ags: '05315000', ozgId: '10169' },
    route: '/kommunen/05315000/umsetzungsstand/10169',
  });
  const user = userEvent.setup();
  await screen.findByText(/Bisher: in Planung/);
  await user.type(await screen.findByLabelText('Geheimnis des API-Tokens'), 'ddb_redaktion_koeln');
  await user.selectOptions(screen.getByLabelText('Status'), 'ONLINE');
  await user.selectOptions(screen.getByLabelText('Reifegrad (OZG-Reifegradmodell 1.1)'), '3');
  await user.type(screen.getByLabelText(/^Adresse des Online-Angebots/), 'https://example.org/fs');
  /** Someone else saves meanwhile. */
  const anderswo = (aenderung: Partial<Schemas['Umsetzungseintrag']>) =>
    (aktuell = { ...aktuell, ...aenderung, version: (aktuell.version ?? 0) + 1 });
  return {
    puts,
    user,
    anderswo,
    speichern: () => user.click(screen.getByRole('button', { name: 'Stand speichern' })),
  };
}

describe('EintragPage', () => {
  it('replaces the entry with If-Match of the version read', async () => {
    const { puts, speichern } = await melde(200);
    await speichern();
    expect(await screen.findByText('Gespeichert')).toBeInTheDocument();
    expect(puts).toEqual([
      {
        ifMatch: '"3"',
        auth: 'Bearer ddb_redaktion_koeln',
        // the client's own: a signed-in session's cookie goes along to the API's origin
        credentials: 'include',
        body: { status: 'ONLINE', reifegrad: 3, reifegradmodell: '1.1', url: 'https://example.org/fs' },
      },
    ]);
  });

  it('says so when somebody changed the entry in between (412), and sends the kept input on the new version', async () => {
    const { puts, user, anderswo, speichern } = await melde(200);
    anderswo({ status: 'IN_UMSETZUNG' });
    await speichern();
    const dialog = await screen.findByRole('dialog', { name: 'Inzwischen geändert' });
    await user.click(within(dialog).getByRole('button', { name: 'Unterschiede anzeigen' }));
    const unterschiede = await within(dialog).findByRole('table', {
      name: 'Unterschiede zur neuesten Fassung',
    });
    expect(unterschiede).toHaveTextContent('online');
    expect(unterschiede).toHaveTextContent('in Umsetzung');
    await user.click(within(dialog).getByRole('button', { name: 'Neu laden und Eingaben behalten' }));
    expect(screen.getByLabelText('Status')).toHaveValue('ONLINE');
    expect(screen.getByText(/Bisher: in Umsetzung/)).toBeInTheDocument();

    await speichern();
    expect(await screen.findByText('Gespeichert')).toBeInTheDocument();
    expect(puts.map((p) => p.ifMatch)).toEqual(['"3"', '"4"']);
    expect(puts[1]?.body).toEqual(puts[0]?.body);
  });

  it('checks the input itself, with the message tied to its field, and sends nothing', async () => {
    const { puts, user, speichern } = await melde(200);
    const adresse = screen.getByLabelText(/^Adresse des Online-Angebots/);
    await user.clear(adresse);
    await user.type(adresse, 'www.example.org');
    await speichern();
    expect(await screen.findByRole('alert')).toHaveTextContent('Bitte prüfen Sie Ihre Angaben');
    expect(adresse).toHaveAttribute('aria-invalid', 'true');
    expect(adresse).toHaveAccessibleDescription(/beginnt mit https:\/\//);
    expect(screen.getByRole('form', { name: 'Stand melden' })).toHaveAttribute('novalidate');
    expect(puts).toEqual([]);
  });

  it('shows any other refusal as the problem, without the dialog', async () => {
    const { speichern } = await melde(403);
    await speichern();
    expect(await screen.findByRole('alert')).toHaveTextContent('Der Eintrag wurde geändert.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
