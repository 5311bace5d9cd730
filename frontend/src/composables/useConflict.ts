import { ref, shallowRef } from 'vue';
import { ApiError } from '@/api';

/**
 * The answer to a 412, the same in every editor: someone else saved the entry since it was read. The write
 * failed and nothing was overwritten; the conflict dialog opens, the newest version is read to show the
 * differences beside the input, and the form keeps what was typed (see ConflictDialog).
 *
 * `latest` reads the newest version; without it the dialog shows no differences.
 */
export function useConflict<T>(latest?: () => Promise<T>) {
  const open = ref(false);
  const loading = ref(false);
  /** The newest version, once read after the 412 (undefined if that failed too). */
  const newest = shallowRef<T>();

  /** Takes a failed write: true if it was a 412 (the dialog is open), false for any other problem. */
  async function caught(error: unknown): Promise<boolean> {
    if (!(error instanceof ApiError && error.stale)) return false;
    newest.value = undefined;
    open.value = true;
    if (latest) {
      loading.value = true;
      try {
        newest.value = await latest();
      } catch {
        // the dialog still says what happened; the differences stay empty
      } finally {
        loading.value = false;
      }
    }
    return true;
  }

  return { open, loading, newest, caught, close: () => (open.value = false) };
}

export type Conflict<T> = ReturnType<typeof useConflict<T>>;
