import { computed, shallowRef } from 'vue';
import type { ApiClient } from '@/api';
import type { Difference } from '@/components/ConflictDialog.vue';
import { useConflict } from '@/composables/useConflict';
import { useFormErrors } from '@/composables/useFormErrors';
import type { FormError } from '@/lib/forms';
import { phaseLabel, projektStatusLabel } from '@/lib/labels';
import { formatDateTime } from '@/lib/values';
import { useProjektAenderung, useProjektNeuLaden, type ProjektDetail } from './projekte';

/**
 * The life of an editor form on a project: its own checks, the write with If-Match (the version the editor
 * saw), the server's field errors beside the fields and any other problem above the form (useFormErrors), and
 * a 412 as the conflict dialog with what changed since (useConflict). The form's own state is never reset by a
 * failure, so nothing typed is lost; after a 412 the cache holds the newest version, for a second try on it.
 */
export function useProjektForm<V>(
  projekt: () => ProjektDetail,
  call: (api: ApiClient, id: number, ifMatch: string, vars: V) => Promise<ProjektDetail>,
  options: { fields?: Record<string, string>; differences?: (fresh: ProjektDetail) => Difference[] } = {},
) {
  const mutation = useProjektAenderung(call);
  const neuLaden = useProjektNeuLaden();
  const errors = useFormErrors(options.fields);
  /** The version the failed write was based on. */
  const seen = shallowRef<ProjektDetail>();
  const conflict = useConflict(() => neuLaden(projekt().id));
  const differences = computed(() => {
    const fresh = conflict.newest.value;
    const before = seen.value;
    if (!fresh || !before) return [];
    return options.differences ? options.differences(fresh) : projektUnterschiede(before, fresh);
  });

  async function submit(vars: V, validate: () => FormError[] = () => []): Promise<ProjektDetail | undefined> {
    if (!errors.check(validate)) return undefined;
    seen.value = projekt();
    try {
      return await mutation.mutateAsync({ projekt: seen.value, vars });
    } catch (error) {
      if (!(await conflict.caught(error))) errors.fail(error);
      return undefined;
    }
  }

  return { submit, pending: mutation.isPending, ...errors, conflict, differences };
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
