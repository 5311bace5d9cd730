import { computed, ref, shallowRef } from 'vue';
import { useConflict } from './useConflict';

/**
 * Editing one entry under optimistic locking with the ETag header: `open` reads the entry and its ETag, `save`
 * sends the change with If-Match. A 412 opens the conflict (see useConflict) and reads the newest version;
 * `reload` ("Neu laden und Eingaben behalten") takes its ETag, so the same input can be sent again on purpose.
 */
export function useEtagEdit<T, V>(options: {
  load: () => Promise<{ data: T; etag: string | undefined }>;
  save: (etag: string, vars: V) => Promise<{ data: T; etag: string | undefined }>;
  onSaved?: (data: T) => void | Promise<void>;
}) {
  const current = shallowRef<T>();
  const etag = ref<string>();
  const problem = ref<unknown>();
  const pending = ref(false);
  const conflict = useConflict(options.load);

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
      if (!(await conflict.caught(e))) problem.value = e;
      return undefined;
    } finally {
      pending.value = false;
    }
  }

  /** The next save goes against the newest version (if it could be read; else the dialog comes again). */
  function reload() {
    const newest = conflict.newest.value;
    if (newest) {
      current.value = newest.data;
      etag.value = newest.etag;
    }
    conflict.close();
  }

  return {
    current,
    etag,
    /** The newest version after a 412, for the dialog's differences. */
    latest: computed(() => conflict.newest.value?.data),
    problem,
    conflict,
    pending,
    open,
    save,
    reload,
  };
}
