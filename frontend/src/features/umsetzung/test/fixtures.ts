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
