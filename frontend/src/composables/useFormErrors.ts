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

  /** Runs the form's own checks; false if one failed (the summary shows it). */
  function check(validate: () => FormError[]): boolean {
    problem.value = undefined;
    errors.value = validate();
    return errors.value.length === 0;
  }

  /** After a refused write. */
  function fail(error: unknown): void {
    errors.value = serverFieldErrors(error, fields);
    problem.value = errors.value.length ? undefined : error;
  }

  return {
    errors,
    problem,
    check,
    fail,
    /** The error to show beside one input. */
    errorOf: (field: string) => errorFor(errors.value, field),
  };
}
