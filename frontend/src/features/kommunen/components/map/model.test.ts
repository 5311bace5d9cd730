import { describe, expect, it } from 'vitest';
import {
  classBreaks,
  classOf,
  niceCeil,
  regionsOf,
  resolveView,
  targetOf,
  type Gebiete,
  type Region,
} from './model';

const region = (
  key: string,
  kind: Region['kind'],
  bezirk: string,
  kreis?: string,
  kommuneAgs?: string,
): Region => ({
  key,
  name: key,
  kind,
  bezirk,
  kreis,
  kommuneAgs,
  einwohner: 1,
  flaecheKm2: 1,
});

const gebiete: Gebiete = {
  bezirke: [region('053', 'bezirk', '053'), region('057', 'bezirk', '057')],
  kreise: [
    region('05315', 'kreisfreie-stadt', '053', '05315', '05315000'),
    region('05382', 'kreis', '053', '05382', '05382'),
  ],
  gemeinden: [
    region('05315000', 'gemeinde', '053', '05315', '05315000'),
    region('05382060', 'gemeinde', '053', '05382', '05382060'),
  ],
};

describe('map model', () => {
  it('drills from NRW to a Bezirk to a Kreis, and falls back for unknown keys', () => {
    expect(resolveView(gebiete)).toEqual({ level: 'land' });
    expect(resolveView(gebiete, '053')).toEqual({ level: 'bezirk', bezirk: '053' });
    expect(resolveView(gebiete, '053', '05382')).toEqual({ level: 'kreis', bezirk: '053', kreis: '05382' });
    // a kreisfreie Stadt has no Gemeinden to drill into; an unknown Bezirk shows NRW
    expect(resolveView(gebiete, '053', '05315')).toEqual({ level: 'bezirk', bezirk: '053' });
    expect(resolveView(gebiete, '099')).toEqual({ level: 'land' });
  });

  it('shows the regions of the level', () => {
    expect(regionsOf(gebiete, { level: 'land' }).map((r) => r.key)).toEqual(['053', '057']);
    expect(regionsOf(gebiete, { level: 'bezirk', bezirk: '053' }).map((r) => r.key)).toEqual([
      '05315',
      '05382',
    ]);
    expect(regionsOf(gebiete, { level: 'kreis', bezirk: '053', kreis: '05382' }).map((r) => r.key)).toEqual([
      '05382060',
    ]);
  });

  it('drills into Bezirke and Kreise, opens kreisfreie Städte and Gemeinden', () => {
    const [koeln, rheinSieg] = gebiete.kreise;
    expect(targetOf(gebiete.bezirke[0]!)).toEqual({
      kind: 'drill',
      view: { level: 'bezirk', bezirk: '053' },
    });
    expect(targetOf(rheinSieg!)).toEqual({
      kind: 'drill',
      view: { level: 'kreis', bezirk: '053', kreis: '05382' },
    });
    expect(targetOf(koeln!)).toEqual({ kind: 'open', ags: '05315000' });
    expect(targetOf(gebiete.gemeinden[1]!)).toEqual({ kind: 'open', ags: '05382060' });
  });

  it('rounds class breaks up to two significant digits', () => {
    expect(niceCeil(24873)).toBe(25000);
    expect(niceCeil(4527594)).toBe(4600000);
    expect(niceCeil(0.123)).toBeCloseTo(0.13);
  });

  it('classes by quantiles, so that skewed values still spread over the colours', () => {
    const values = [1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 1_000_000];
    const breaks = classBreaks(values);
    expect(breaks).toEqual([2000, 4000, 6000, 8000]);
    expect(values.map((v) => classOf(v, breaks))).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('keeps each region in the class of its own break (Köln with 4.527.594 among the Bezirke)', () => {
    const bezirke = [2085331, 2664280, 3600754, 4527594, 5261157];
    const breaks = classBreaks(bezirke);
    expect(bezirke.map((v) => classOf(v, breaks))).toEqual([0, 1, 2, 3, 4]);
  });

  it('uses fewer classes for few distinct values', () => {
    expect(classBreaks([5, 5, 5])).toEqual([]);
    expect(classBreaks([1, 2])).toEqual([1]);
    expect(classBreaks([])).toEqual([]);
  });
});
