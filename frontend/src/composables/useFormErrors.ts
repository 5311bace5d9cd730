import { ref } from 'vue';
import { errorFor, serverFieldErrors, type FormError } from '@/lib/forms';

/**
 * The errors of one form: its own checks before sending, and after a refused write the server's field errors
 * beside the fields (`fields` maps the API's field names to the inputs' ids) or, for any other problem (401,
 * 403, 422 with a broken rule), the problem above the form. Nothing typed is reset.
 */
export function useFormErrors(fields: Record<string, string> = {}) {
  const errors = ref<FormError[]>([]);
  const problem = ref<unknown>();
  /** The checks that found the errors shown, while they are the form's own (not the server's). */
  let shownBy: (() => FormError[]) | undefined;

  /** Runs the form's own checks; false if one failed (the summary shows it). */
  function check(validate: () => FormError[]): boolean {
    problem.value = undefined;
    errors.value = validate();
    shownBy = errors.value.length ? validate : undefined;
    return errors.value.length === 0;
  }

  /**
   * On every input once the form's own checks have failed: a message whose field has been put right goes away at
   * once (a filled title under "Bitte einen Titel angeben" reads as a contradiction); nothing new is reported before
   * the next attempt to send.
   */
  function revalidate(): void {
    if (!shownBy) return;
    const shown = errors.value;
    const still = shownBy().filter((n) =>
      shown.some((e) => e.field === n.field && (n.field !== undefined || e.text === n.text)),
    );
    // in place: the summary takes the focus only when a new list of errors appears, never while typing
    if (still.length !== shown.length || still.some((n, i) => n.text !== shown[i]?.text)) {
      shown.splice(0, shown.length, ...still);
    }
    if (!errors.value.length) shownBy = undefined;
  }

  /** After a refused write. */
  function fail(error: unknown): void {
    errors.value = serverFieldErrors(error, fields);
    problem.value = errors.value.length ? undefined : error;
    shownBy = undefined;
  }

  return {
    errors,
    problem,
    check,
    revalidate,
    fail,
    /** The error to show beside one input. */
    errorOf: (field: string) => errorFor(errors.value, field),
  };
}
