import { describe, expect, it } from 'vitest';
import { vergleiche } from './trend';

const punkt = (datum: string, anteil: number) => ({
  datum,
  anteil,
  soll: 100,
  online: anteil * 100,
  beispiel: false,
});

describe('trend of the share online', () => {
  it('compares with the last Tagesstand and with the one 30 days ago, in percentage points', () => {
    const t = vergleiche(
      0.42,
      [punkt('2026-10-30', 0.3), punkt('2026-11-02', 0.35), punkt('2026-12-02', 0.41)],
      new Date('2026-12-03T10:00:00Z'),
    );
    expect(t.seitTagesstand?.datum).toBe('2026-12-02');
    expect(t.seitTagesstand?.punkte).toBeCloseTo(1);
    expect(t.seitMonat?.datum).toBe('2026-11-02');
    expect(t.seitMonat?.punkte).toBeCloseTo(7);
    expect(t.monatVollstaendig).toBe(true);
  });

  it('falls back to the earliest Tagesstand when the series is shorter than 30 days, and says so', () => {
    const t = vergleiche(
      0.42,
      [punkt('2026-11-27', 0.4), punkt('2026-12-02', 0.41)],
      new Date('2026-12-03T10:00:00Z'),
    );
    expect(t.seitMonat?.datum).toBe('2026-11-27');
    expect(t.monatVollstaendig).toBe(false);
    expect(vergleiche(0.42, [], new Date()).seitTagesstand).toBeUndefined();
    // one Tagesstand only: no second comparison with the same day
    expect(vergleiche(0.42, [punkt('2026-12-02', 0.41)], new Date('2026-12-03')).seitMonat).toBeUndefined();
  });
});
