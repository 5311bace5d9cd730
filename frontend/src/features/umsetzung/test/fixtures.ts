import type { Schemas } from '@/api';

export const koeln: Schemas['KommuneKurz'] = {
  ags: '05315000',
  name: 'Köln, Stadt',
  typ: 'KREISFREIE_STADT',
  groessenklasse: 'GROSSSTADT',
  kreisSchluessel: '05315',
  regierungsbezirkId: '053',
  einwohner: 1084831,
};

export function kommuneStand(
  overrides: Partial<Schemas['KommuneUmsetzungsstand']> = {},
): Schemas['KommuneUmsetzungsstand'] {
  return {
    kommune: koeln,
    reifegradMin: 2,
    soll: { gesamt: 200, abgeleitet: 150, bestaetigt: 50 },
    online: 50,
    anteilOnline: 0.25,
    formel: 'Anteil des Solls online (Metrik a): online geteilt durch Soll.',
    statusVerteilung: [
      { wert: 'ONLINE', anzahl: 60 },
      { wert: 'IN_UMSETZUNG', anzahl: 40 },
      { wert: 'KEINE_ANGABE', anzahl: 100 },
    ],
    reifegradVerteilung: [
      { wert: '1', anzahl: 10 },
      { wert: '2', anzahl: 30 },
      { wert: '3', anzahl: 20 },
    ],
    themenfelder: [
      { themenfeldId: 9, name: 'Mobilität & Reisen', soll: 2, online: 1, anteil: 0.5 },
      { themenfeldId: 6, name: 'Familie & Kind', soll: 1, online: 0 },
    ],
    leistungen: [
      {
        ozgId: 10169,
        name: 'Führerschein',
        themenfeldId: 9,
        zustaendig: true,
        zustaendigkeitAbgeleitet: true,
        status: 'ONLINE',
        reifegrad: 3,
        url: 'https://example.org/fuehrerschein',
        onlineSeit: '2025-03-01',
        quelle: 'BEISPIEL',
        beispiel: true,
      },
      {
        ozgId: 10168,
        name: 'Fahreignungsregister',
        themenfeldId: 9,
        zustaendig: true,
        zustaendigkeitAbgeleitet: false,
        status: 'IN_PLANUNG',
        beispiel: true,
      },
      {
        ozgId: 10001,
        name: 'Elterngeld',
        themenfeldId: 6,
        zustaendig: true,
        zustaendigkeitAbgeleitet: true,
        status: 'KEINE_ANGABE',
        beispiel: false,
      },
    ],
    beispieldaten: true,
    ...overrides,
  };
}

export function zeitreihe(overrides: Partial<Schemas['Zeitreihe']> = {}): Schemas['Zeitreihe'] {
  return {
    ebene: 'kommune',
    schluessel: '05315000',
    reifegradMin: 2,
    punkte: [
      { datum: '2026-11-27', soll: 200, online: 40, anteil: 0.2, beispiel: true },
      { datum: '2026-11-28', soll: 200, online: 50, anteil: 0.25, beispiel: true },
    ],
    veraenderung: {
      seit: '2026-11-27',
      neuOnline: 12,
      zurueckgefallen: 2,
      formel: 'Neu online: Paare, die am Stichtag nicht online waren und es jetzt sind.',
    },
    beispieldaten: true,
    ...overrides,
  };
}

export const groessenklassen: Schemas['GroessenklassenStatistik'] = {
  reifegradMin: 2,
  formel: 'Median der Anteile der Gemeinden.',
  klassen: [
    {
      code: 'GROSSSTADT',
      name: 'Großstadt',
      kommunen: 30,
      soll: 13800,
      online: 4140,
      anteil: 0.3,
      median: 0.31,
      quartil1: 0.2,
      quartil3: 0.4,
      einwohnergewichtet: 0.3,
    },
  ],
  beispieldaten: true,
};

export function metrik(m: 'a' | 'b' | 'c' | 'd', wert: number, zaehler: number, nenner: number) {
  const name = { a: 'Anteil des Solls online', b: 'Einwohnergewichtet', c: 'Strikt', d: 'Mindestens eine' }[
    m
  ];
  return { metrik: m, name, wert, zaehler, nenner, formel: `Formel ${m}` };
}

export const uebersicht: Schemas['StatistikUebersicht'] = {
  reifegradMin: 2,
  kommunen: 427,
  kommunenMitMeldung: 400,
  soll: 1000,
  sollAbgeleitet: 900,
  sollBestaetigt: 100,
  online: 391,
  metriken: [
    metrik('a', 0.391, 391, 1000),
    metrik('b', 0.491, 491, 1000),
    metrik('c', 0, 0, 460),
    metrik('d', 1, 460, 460),
  ],
  reifegradVerteilung: [],
  letzterTagesstand: '2026-11-29',
  beispieldaten: true,
};

export function leistungStand(
  overrides: Partial<Schemas['LeistungUmsetzungsstand']> = {},
): Schemas['LeistungUmsetzungsstand'] {
  return {
    ozgId: 10169,
    name: 'Führerschein',
    reifegradMin: 2,
    zustaendig: 427,
    online: 174,
    anteil: 0.4075,
    strikt: false,
    mindestensEine: true,
    formel: 'Anteil der zuständigen Kommunen, in denen die Leistung online ist.',
    kommunen: {
      items: [
        {
          kommune: koeln,
          status: 'ONLINE',
          reifegrad: 3,
          url: 'https://example.org/koeln',
          onlineSeit: '2025-01-01',
          beispiel: true,
        },
      ],
      total: 1,
      page: 0,
      size: 25,
    },
    beispieldaten: true,
    ...overrides,
  };
}

export const zustaendigkeit: Schemas['Zustaendigkeit'] = {
  ozgId: 10169,
  name: 'Führerschein',
  typisierungen: ['2/3'],
  standardregel: 'Typ 2/3: Kreise und kreisfreie Städte sind zuständig.',
  regeln: [
    {
      kommuneTyp: 'KREISFREIE_STADT',
      zustaendig: true,
      abgeleitet: true,
      kommunen: 22,
      geaendertAm: '2026-11-29T00:00:00Z',
    },
    {
      kommuneTyp: 'KREISANGEHOERIGE_GEMEINDE',
      zustaendig: false,
      abgeleitet: false,
      hinweis: 'geprüft',
      kommunen: 200,
      geaendertAm: '2026-11-20T10:00:00Z',
    },
  ],
};
