import { screen, waitFor, within } from '@testing-library/vue';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/api';
import { API } from '@/test/fixtures';
import { renderWithApp } from '@/test/render';
import { server } from '@/test/server';
import ImportPage from './ImportPage.vue';

function job(overrides: Partial<Schemas['ImportJob']>): Schemas['ImportJob'] {
  return {
    id: 7,
    status: 'WARTEND',
    format: 'CSV',
    dryRun: true,
    fehlerhafte: 'ABBRECHEN',
    fortschritt: 0,
    bytesGesamt: 100,
    bytesGelesen: 0,
    zeilen: 0,
    neu: 0,
    geaendert: 0,
    unveraendert: 0,
    fehler: 0,
    geschrieben: false,
    jeStatus: [],
    onlineOhneReifegrad: 0,
    fehlerGespeichert: 0,
    fehlerliste: [],
    hinweise: [],
    erstelltVon: 'token:e2e',
    erstelltAm: '2026-11-29T02:00:00Z',
    ...overrides,
  };
}

describe('ImportPage', () => {
  it('uploads the file with the token as a dry run and follows the job until it is done', async () => {
    // (the body itself: jsdom's File is not a Blob to Node's fetch; the e2e test uploads a real file)
    const posted: { auth: string | null; type: string | null; query: string }[] = [];
    const antworten = [
      job({ status: 'PRUEFUNG', fortschritt: 40, zeilen: 1 }),
      job({
        status: 'FEHLGESCHLAGEN',
        fortschritt: 80,
        zeilen: 2,
        neu: 1,
        fehler: 1,
        fehlerliste: [{ zeile: 3, feld: 'reifegrad', wert: '9', grund: 'Eine ganze Zahl von 0 bis 4.' }],
        hinweise: ['Übergangene Spalten: foo'],
        meldung: '1 von 2 Datensätzen ist fehlerhaft; es wurde nichts geschrieben.',
      }),
    ];
    let polls = 0;
    server.use(
      http.post(`${API}/api/v1/importe`, ({ request }) => {
        posted.push({
          auth: request.headers.get('Authorization'),
          type: request.headers.get('Content-Type'),
          query: new URL(request.url).search,
        });
        return HttpResponse.json(job({}), { status: 202 });
      }),
      http.get(`${API}/api/v1/importe/7`, ({ request }) => {
        expect(request.headers.get('Authorization')).toBe('Bearer ddb_geheim_geheim');
        return HttpResponse.json(antworten[Math.min(polls++, antworten.length - 1)]);
      }),
    );
    await renderWithApp(ImportPage, { route: '/importe' });
    const user = userEvent.setup();

    const starten = screen.getByRole('button', { name: 'Probelauf starten' });
    expect(starten).toBeDisabled();
    await user.type(await screen.findByLabelText('Geheimnis des API-Tokens'), 'ddb_geheim_geheim');
    const csv = 'ags;ozg_id;status;reifegrad;foo\n05315000;10169;ONLINE;3;x\n05315000;10168;ONLINE;9;x\n';
    await user.upload(screen.getByLabelText('Datei'), new File([csv], 'stand.csv', { type: 'text/csv' }));
    await user.click(starten);

    expect(await screen.findByText('Probelauf 7 fehlgeschlagen', {}, { timeout: 4000 })).toBeInTheDocument();
    expect(posted).toEqual([
      { auth: 'Bearer ddb_geheim_geheim', type: 'text/csv', query: '?dryRun=true&format=csv' },
    ]);
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '80');
    expect(screen.getByText('würden neu').nextElementSibling).toHaveTextContent('1');
    expect(screen.getByText('Übergangene Spalten: foo')).toBeInTheDocument();
    const fehler = screen.getByRole('table', { name: /Fehler in der Datei/ });
    expect(within(fehler).getAllByRole('row')[1]).toHaveTextContent(
      /3\s*reifegrad\s*9\s*Eine ganze Zahl von 0 bis 4./,
    );
  });

  it('sends the chosen mode and default Reifegrad, reports a dry run with bad rows as a completed check, links the template and the error list', async () => {
    const queries: string[] = [];
    const fertig = job({
      status: 'FERTIG',
      fehlerhafte: 'UEBERSPRINGEN',
      reifegradStandard: 2,
      fortschritt: 100,
      zeilen: 3,
      neu: 2,
      fehler: 1,
      jeStatus: [{ status: 'ONLINE', neu: 2, geaendert: 0, unveraendert: 0 }],
      onlineOhneReifegrad: 2,
      fehlerGespeichert: 1,
      fehlerCsv: '/api/v1/importe/7/fehler',
      fehlerliste: [{ zeile: 4, feld: 'ags', wert: 'x', grund: 'Kein AGS.' }],
    });
    let fehlerGeladen = 0;
    server.use(
      http.post(`${API}/api/v1/importe`, ({ request }) => {
        queries.push(new URL(request.url).search);
        return HttpResponse.json(fertig, { status: 202 });
      }),
      http.get(`${API}/api/v1/importe/7`, () => HttpResponse.json(fertig)),
      http.get(`${API}/api/v1/importe/7/fehler`, () => {
        fehlerGeladen++;
        return new HttpResponse('zeile;feld;wert;grund\n4;ags;x;Kein AGS.\n', {
          headers: { 'Content-Type': 'text/csv; charset=UTF-8' },
        });
      }),
    );
    URL.createObjectURL = () => 'blob:fehler';
    URL.revokeObjectURL = () => {};
    const gespeichert: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      gespeichert.push(`${this.download} ${this.href}`);
    });
    await renderWithApp(ImportPage, { route: '/importe' });
    const user = userEvent.setup();
    expect(screen.getByRole('link', { name: 'Vorlage als CSV' })).toHaveAttribute(
      'href',
      `${API}/api/v1/importe/vorlage`,
    );
    expect(screen.getByRole('link', { name: 'Vorlage als XLSX' })).toHaveAttribute(
      'href',
      `${API}/api/v1/importe/vorlage?format=xlsx`,
    );
    await user.type(await screen.findByLabelText('Geheimnis des API-Tokens'), 'ddb_geheim_geheim');
    await user.upload(screen.getByLabelText('Datei'), new File(['ags'], 's.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('radio', { name: /fehlerhaften übergehen/ }));
    await user.selectOptions(screen.getByLabelText(/Status ONLINE ohne Reifegrad/), '2');
    await user.click(screen.getByRole('button', { name: 'Probelauf starten' }));

    expect(
      await screen.findByText('Probelauf 7: Prüfung abgeschlossen – 1 fehlerhaft, nichts geschrieben'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/fehlgeschlagen/)).not.toBeInTheDocument();
    expect(queries).toEqual(['?dryRun=true&format=csv&fehlerhafte=ueberspringen&reifegradStandard=2']);
    const jeStatus = screen.getByRole('table', { name: /Je Status in der Datei/ });
    expect(within(jeStatus).getAllByRole('row')[1]).toHaveTextContent(/online\s*2\s*0\s*0/);
    expect(screen.getByText(/mit Reifegrad 2, wie gewählt/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Alle 1 Fehler als CSV herunterladen' }));
    await waitFor(() => expect(gespeichert).toEqual(['import-7-fehler.csv blob:fehler']));
    expect(fehlerGeladen).toBe(1);
    vi.restoreAllMocks();
  });

  it('shows why the server refused, e.g. a missing header', async () => {
    server.use(
      http.post(`${API}/api/v1/importe`, () =>
        HttpResponse.json(
          {
            type: '/probleme/import',
            title: 'Kopfzeile fehlt',
            status: 422,
            detail: 'Spalte ags oder ars fehlt.',
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    await renderWithApp(ImportPage, { route: '/importe' });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Geheimnis des API-Tokens'), 'ddb_geheim_geheim');
    await user.upload(
      screen.getByLabelText('Datei'),
      new File(['x'], 'x.json', { type: 'application/json' }),
    );
    await user.click(screen.getByRole('checkbox', { name: /Probelauf/ }));
    await user.click(screen.getByRole('button', { name: 'Importieren' }));
    expect(await screen.findByText('Kopfzeile fehlt')).toBeInTheDocument();
    expect(screen.getByText('Spalte ags oder ars fehlt.')).toBeInTheDocument();
  });
});
