import { screen, waitFor, within } from '@testing-library/vue';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { setCsrfToken, type Schemas } from '@/api';
import { API, ich, page } from '@/test/fixtures';
import { renderWithApp } from '@/test/render';
import { server } from '@/test/server';
import ProjektPage from './ProjektPage.vue';

function projekt(rechte: Partial<Schemas['ProjektRechte']> = {}): Schemas['ProjektDetail'] {
  const org = (id: string, name: string) => ({ id, name, typ: 'KOMMUNE' as const });
  return {
    id: 4,
    titel: 'Beispiel: Aufenthaltstitel digital',
    zusammenfassung: 'Beispielprojekt – keine echte Angabe.',
    themenfeld: { id: 9, name: 'Mobilität & Reisen' },
    phase: 'GREMIEN',
    status: 'AKTIV',
    efaTyp: 'OFFEN',
    links: [],
    leistungen: [{ ozgId: 10169, name: 'Führerschein' }],
    leika: [],
    basiskomponenten: [],
    teilnahmen: [
      {
        organisation: { ...org('civitec', 'civitec'), typ: 'IT_DIENSTLEISTER' },
        rolle: 'FEDERFUEHREND',
        seit: '2026-01-01',
      },
      { organisation: org('kommune-05315000', 'Köln, Stadt'), rolle: 'MITWIRKEND', seit: '2026-01-02' },
    ],
    phasenwechsel: [
      { id: 1, nach: 'SICHTUNG', datum: '2026-01-01', rueckschritt: false },
      { id: 2, von: 'SICHTUNG', nach: 'WORKSHOP', datum: '2026-02-01', rueckschritt: false },
      { id: 3, von: 'WORKSHOP', nach: 'GREMIEN', datum: '2026-03-01', rueckschritt: false },
    ],
    naechstePhasen: ['UMSETZUNG', 'WORKSHOP', 'SICHTUNG', 'EINGESTELLT'],
    workshops: [],
    entscheidungen: [],
    loesungen: [],
    repraesentativitaet: {
      regel: 'Repräsentativ ist ein Team, wenn seine Kommunen jeden verantwortlichen Typ abdecken.',
      verantwortlicheTypen: ['KREISFREIE_STADT', 'KREIS'],
      abgedeckteTypen: ['KREISFREIE_STADT'],
      fehlendeTypen: ['KREIS'],
      verantwortlicheGroessenklassen: ['GROSSSTADT', 'LANDGEMEINDE'],
      abgedeckteGroessenklassen: ['GROSSSTADT'],
      fehlendeGroessenklassen: ['LANDGEMEINDE'],
      repraesentativ: false,
      erfuellt: false,
      grundlage: '1 von 1 Leistungen kommunal vollzogen.',
    },
    beispiel: true,
    erstelltAm: '2026-01-01T10:00:00Z',
    geaendertAm: '2026-03-01T10:00:00Z',
    version: 7,
    rechte: { bearbeiten: false, loeschen: false, interesseBekunden: false, ...rechte },
  };
}

function serve(p: Schemas['ProjektDetail']) {
  server.use(
    http.get(`${API}/api/v1/projekte/4`, () => HttpResponse.json(p, { headers: { ETag: '"7"' } })),
    http.get(`${API}/api/v1/groessenklassen`, () =>
      HttpResponse.json(
        page([
          {
            code: 'LANDGEMEINDE',
            name: 'Landgemeinde',
            einwohnerVon: 0,
            beschreibung: '',
            anzahlKommunen: 4,
          },
        ]),
      ),
    ),
  );
}

describe('ProjektPage', () => {
  it('banners example data, explains the representativeness rule beside what is missing, and offers no editing to readers', async () => {
    serve(projekt());
    await renderWithApp(ProjektPage, { props: { id: 4 } });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Beispiel: Aufenthaltstitel digital' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('note', { name: 'Beispieldaten' })).toBeInTheDocument();
    const team = screen.getByRole('region', { name: 'Team und Repräsentativität' });
    expect(
      within(team).getByRole('heading', { name: 'Das Team ist nicht repräsentativ' }),
    ).toBeInTheDocument();
    expect(team).toHaveTextContent('Es fehlen Kommunentypen: Kreis');
    await waitFor(() => expect(team).toHaveTextContent('Es fehlen Größenklassen: Landgemeinde'));
    expect(team).toHaveTextContent('Repräsentativ ist ein Team, wenn');
    expect(within(screen.getByRole('region', { name: 'Phasen' })).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Phase wechseln' })).not.toBeInTheDocument();
  });

  it('gives the editors the server allows their tools, and asks for the reason when a step goes back', async () => {
    setCsrfToken('csrf-123');
    server.use(http.get(`${API}/api/v1/auth/me`, () => HttpResponse.json(ich())));
    serve(projekt({ bearbeiten: true }));
    const { getByRole, findByRole } = await renderWithApp(ProjektPage, { props: { id: 4 } });
    (await findByRole('button', { name: 'Phase wechseln' })).click();
    const select = await findByRole('combobox', { name: 'Neue Phase' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent?.trim()),
    ).toEqual(['Bitte wählen', 'Umsetzung', 'Workshop', 'Sichtung', 'Eingestellt']);
    (select as HTMLSelectElement).value = 'WORKSHOP';
    select.dispatchEvent(new Event('change'));
    expect(await findByRole('textbox', { name: 'Begründung' })).toBeInTheDocument();
    expect(getByRole('region', { name: 'Bearbeiten' })).toBeInTheDocument();
  });
});
