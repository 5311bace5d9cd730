import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api';
import { useConflict } from './useConflict';
import { useFormErrors } from './useFormErrors';

const stale = new ApiError('bad-request', 'Veraltete Fassung', 'Inzwischen geändert.', 412);
const forbidden = new ApiError('bad-request', 'Nicht erlaubt', 'Keine Rolle dafür.', 403);

describe('useConflict', () => {
  it('takes a 412: opens, reads the newest version beside the input, and closes on request', async () => {
    let answer!: (v: { titel: string }) => void;
    const latest = vi.fn(() => new Promise<{ titel: string }>((r) => (answer = r)));
    const conflict = useConflict(latest);

    const caught = conflict.caught(stale);
    expect(conflict.open.value).toBe(true);
    expect(conflict.loading.value).toBe(true);
    answer({ titel: 'neu' });
    expect(await caught).toBe(true);
    expect(conflict.loading.value).toBe(false);
    expect(conflict.newest.value).toEqual({ titel: 'neu' });
    expect(latest).toHaveBeenCalledOnce();

    conflict.close();
    expect(conflict.open.value).toBe(false);
  });

  it('leaves every other failure to the caller and reads nothing', async () => {
    const latest = vi.fn(() => Promise.resolve('neu'));
    const conflict = useConflict(latest);
    expect(await conflict.caught(forbidden)).toBe(false);
    expect(await conflict.caught(new Error('kaputt'))).toBe(false);
    expect(conflict.open.value).toBe(false);
    expect(latest).not.toHaveBeenCalled();
  });

  it('still opens when the newest version cannot be read, with no differences to show', async () => {
    const conflict = useConflict(() => Promise.reject(new Error('Server weg')));
    expect(await conflict.caught(stale)).toBe(true);
    expect(conflict.open.value).toBe(true);
    expect(conflict.loading.value).toBe(false);
    expect(conflict.newest.value).toBeUndefined();
  });

  it('opens without reading when there is nothing to compare with', async () => {
    const conflict = useConflict();
    expect(await conflict.caught(stale)).toBe(true);
    expect(conflict.open.value).toBe(true);
    expect(conflict.loading.value).toBe(false);
  });
});

describe('useFormErrors', () => {
  it('shows the form’s own checks and stops before sending', () => {
    const form = useFormErrors({ titel: 'pe-titel' });
    expect(form.check(() => [{ field: 'pe-titel', text: 'Zu kurz.' }])).toBe(false);
    expect(form.errorOf('pe-titel')).toBe('Zu kurz.');
    expect(form.check(() => [])).toBe(true);
    expect(form.errors.value).toEqual([]);
  });

  it('drops a message as soon as its field is put right, without reporting new ones or replacing the list', () => {
    const form = useFormErrors();
    const eingabe = { titel: '', themenfeld: '' };
    const validate = () => [
      ...(eingabe.titel.length < 3 ? [{ field: 'pe-titel', text: 'Zu kurz.' }] : []),
      ...(eingabe.themenfeld ? [] : [{ field: 'pe-themenfeld', text: 'Bitte wählen.' }]),
      ...(eingabe.titel === 'neu' ? [{ field: 'pe-neu', text: 'Erst beim Senden.' }] : []),
    ];
    form.check(validate);
    const liste = form.errors.value;
    expect(liste.map((e) => e.field)).toEqual(['pe-titel', 'pe-themenfeld']);

    eingabe.titel = 'neu';
    form.revalidate();
    expect(form.errorOf('pe-titel')).toBeUndefined();
    expect(form.errorOf('pe-neu')).toBeUndefined(); // only at the next attempt
    expect(form.errors.value).toBe(liste); // the same list: the summary keeps still and does not take the focus
    eingabe.themenfeld = '6';
    form.revalidate();
    expect(form.errors.value).toEqual([]);

    // the server's errors stay until the next attempt
    form.fail(new ApiError('bad-request', 'Ungültig', '', 400, [{ name: 'x', in: 'body', reason: 'nein' }]));
    form.revalidate();
    expect(form.errors.value.map((e) => e.text)).toEqual(['x: nein']);
  });

  it('puts the server’s field errors beside the fields, any other problem above the form', () => {
    const form = useFormErrors({ titel: 'pe-titel' });
    form.fail(
      new ApiError('bad-request', 'Ungültig', 'Eingaben prüfen.', 400, [
        { name: 'titel', in: 'body', reason: 'mindestens 3 Zeichen' },
        { name: 'leistungen[0]', in: 'body', reason: 'unbekannt' },
      ]),
    );
    expect(form.errorOf('pe-titel')).toBe('mindestens 3 Zeichen');
    expect(form.errors.value.map((e) => e.text)).toContain('leistungen[0]: unbekannt');
    expect(form.problem.value).toBeUndefined();

    form.fail(forbidden);
    expect(form.errors.value).toEqual([]);
    expect(form.problem.value).toBe(forbidden);
    // the next attempt starts clean
    form.check(() => []);
    expect(form.problem.value).toBeUndefined();
  });
});
