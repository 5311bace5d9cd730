import { ref } from 'vue';
import { ApiError, type ApiClient } from '@/api';
import type { Difference } from '@/components/ConflictDialog.vue';
import { serverFieldErrors, type FormError } from '@/lib/forms';
import { phaseLabel, projektStatusLabel } from '@/lib/labels';
import { formatDateTime } from '@/lib/values';
import { useProjektAenderung, useProjektNeuLaden, type ProjektDetail } from './projekte';

/**
 * The life of an editor form on a project: client checks, the write with If-Match, the server's field errors
 * beside the fields, any other problem (401, 403, 422 with the broken rule) above the form, and a 412 as the
 * conflict dialog. The form's own state is never reset by a failure, so nothing typed is lost.
 */
export function useProjektFormular<V>(
  projekt: () => ProjektDetail,
  call: (api: ApiClient, id: number, ifMatch: string, vars: V) => Promise<ProjektDetail>,
  options: { fields?: Record<string, string>; differences?: (fresh: ProjektDetail) => Difference[] } = {},
) {
  const mutation = useProjektAenderung(call);
  const neuLaden = useProjektNeuLaden();
  const errors = ref<FormError[]>([]);
  const problem = ref<unknown>();
  const conflict = ref(false);
  const conflictLoading = ref(false);
  const differences = ref<Difference[]>([]);

  async function submit(vars: V, validate: () => FormError[] = () => []): Promise<ProjektDetail | undefined> {
    problem.value = undefined;
    errors.value = validate();
    if (errors.value.length) return undefined;
    try {
      return await mutation.mutateAsync({ projekt: projekt(), vars });
    } catch (error) {
      if (error instanceof ApiError && error.stale) {
        conflict.value = true;
        conflictLoading.value = true;
        const seen = projekt();
        const fresh = await neuLaden(seen.id).catch(() => undefined);
        differences.value = fresh
          ? (options.differences ?? ((f) => projektUnterschiede(seen, f)))(fresh)
          : [];
        conflictLoading.value = false;
        // The cache now holds the newest version; the form keeps the input for a second try on it.
        return undefined;
      }
      errors.value = serverFieldErrors(error, options.fields ?? {});
      if (!errors.value.length) problem.value = error;
      return undefined;
    }
  }

  return {
    submit,
    pending: mutation.isPending,
    errors,
    problem,
    conflict,
    conflictLoading,
    differences,
    closeConflict: () => (conflict.value = false),
  };
}

/** What another editor changed since the project was read: the parts everyone sees at a glance. */
export function projektUnterschiede(seen: ProjektDetail, fresh: ProjektDetail): Difference[] {
  const rows: [string, string, string][] = [
    ['Titel', seen.titel, fresh.titel],
    ['Zusammenfassung', seen.zusammenfassung, fresh.zusammenfassung],
    ['Phase', phaseLabel[seen.phase], phaseLabel[fresh.phase]],
    ['Status', projektStatusLabel[seen.status], projektStatusLabel[fresh.status]],
    ['Team', `${seen.teilnahmen.length} Organisationen`, `${fresh.teilnahmen.length} Organisationen`],
    ['Workshops', String(seen.workshops.length), String(fresh.workshops.length)],
    ['Entscheidungen', String(seen.entscheidungen.length), String(fresh.entscheidungen.length)],
    ['Lösungen', String(seen.loesungen.length), String(fresh.loesungen.length)],
    ['Zuletzt geändert', formatDateTime(seen.geaendertAm), formatDateTime(fresh.geaendertAm)],
  ];
  return rows
    .filter(([, a, b]) => a !== b)
    .map(([label, mine, theirs]) => ({ label, mine: `gelesen: ${mine}`, theirs }));
}
