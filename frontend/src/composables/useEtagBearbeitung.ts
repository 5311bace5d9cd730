import { ref, shallowRef } from 'vue';
import { ApiError } from '@/api';

/**
 * Editing one entry under optimistic locking: `open` reads the entry and its ETag, `save` sends the change
 * with If-Match. A 412 reads the newest version (for the conflict dialog's differences) and keeps the input;
 * "reload" takes the newest ETag so the same input can be sent again on purpose.
 */
export function useEtagBearbeitung<T, V>(options: {
  load: () => Promise<{ data: T; etag: string | undefined }>;
  save: (etag: string, vars: V) => Promise<{ data: T; etag: string | undefined }>;
  onSaved?: (data: T) => void | Promise<void>;
}) {
  const current = shallowRef<T>();
  const etag = ref<string>();
  const latest = shallowRef<T>();
  const problem = ref<unknown>();
  const conflict = ref(false);
  const pending = ref(false);
  let pendingEtag: string | undefined;

  async function open(): Promise<T | undefined> {
    problem.value = undefined;
    try {
      const r = await options.load();
      current.value = r.data;
      etag.value = r.etag;
      return r.data;
    } catch (e) {
      problem.value = e;
      return undefined;
    }
  }

  async function save(vars: V): Promise<T | undefined> {
    problem.value = undefined;
    pending.value = true;
    try {
      const r = await options.save(etag.value ?? '', vars);
      current.value = r.data;
      etag.value = r.etag;
      await options.onSaved?.(r.data);
      return r.data;
    } catch (e) {
      if (e instanceof ApiError && e.stale) {
        const fresh = await options.load().catch(() => undefined);
        latest.value = fresh?.data;
        if (fresh) {
          // Kept aside until the user chooses: the input stays, the newest version is shown beside it.
          pendingEtag = fresh.etag;
        }
        conflict.value = true;
      } else problem.value = e;
      return undefined;
    } finally {
      pending.value = false;
    }
  }

  /** "Neu laden und Eingaben behalten": the next save goes against the newest version. */
  function reload() {
    if (latest.value) current.value = latest.value;
    etag.value = pendingEtag;
    conflict.value = false;
  }

  return {
    current,
    etag,
    latest,
    problem,
    conflict,
    pending,
    open,
    save,
    reload,
    close: () => (conflict.value = false),
  };
}
