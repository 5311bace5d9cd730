import { useMutation, useQuery } from '@tanstack/vue-query';
import { computed, ref } from 'vue';
import { queryKeys, unwrap, useApiClient, type Schemas } from '@/api';
import type { useImportZugang } from './zugang';

export type ImportJob = Schemas['ImportJob'];
type Zugang = ReturnType<typeof useImportZugang>;

const LAUFEND: readonly Schemas['ImportStatus'][] = ['WARTEND', 'PRUEFUNG', 'SCHREIBEN'];

export function laeuft(job: ImportJob | undefined): boolean {
  return job !== undefined && LAUFEND.includes(job.status);
}

/** What the file is: the chosen format, else its type or ending. */
export function formatOf(file: File, gewaehlt: '' | 'csv' | 'json'): 'csv' | 'json' {
  if (gewaehlt) return gewaehlt;
  return file.type === 'application/json' || /\.json$/i.test(file.name) ? 'json' : 'csv';
}

/** What the import form sends: the file and the choices of POST /importe. */
export interface ImportAuftrag {
  file: File;
  format: '' | 'csv' | 'json';
  dryRun: boolean;
  fehlerhafte: 'abbrechen' | 'ueberspringen';
  reifegradStandard?: number;
}

/**
 * Starts an import (POST /importe answers 202 with the job) and follows the job until it is done, polling
 * GET /importe/{id} twice a second. Both with the access the page has (session + CSRF, or an API token).
 */
export function useImport(zugang: Zugang) {
  const api = useApiClient();
  const jobId = ref<number>();

  const start = useMutation({
    mutationFn: ({ file, format, dryRun, fehlerhafte, reifegradStandard }: ImportAuftrag) => {
      const f = formatOf(file, format);
      const { headers } = zugang.optionen();
      return unwrap(
        api.POST('/api/v1/importe', {
          // only what differs from the API's defaults goes into the address
          params: {
            query: {
              dryRun,
              format: f,
              ...(fehlerhafte === 'ueberspringen' ? { fehlerhafte } : {}),
              ...(reifegradStandard === undefined ? {} : { reifegradStandard }),
            },
          },
          // The file goes as it is, streamed by the browser (never read into a string here): the contract
          // describes the body as the CSV text or the JSON array, which is what the file contains.
          body: '',
          bodySerializer: () => file,
          headers: { ...headers, 'Content-Type': f === 'json' ? 'application/json' : 'text/csv' },
        }),
      );
    },
    onSuccess: (job) => {
      jobId.value = job.id;
    },
  });

  const job = useQuery({
    queryKey: queryKeys.importe(jobId),
    queryFn: ({ signal }) => {
      const { headers } = zugang.optionen();
      return unwrap(
        api.GET('/api/v1/importe/{id}', {
          params: { path: { id: jobId.value ?? 0 } },
          headers,
          signal,
        }),
      );
    },
    enabled: computed(() => jobId.value !== undefined),
    initialData: () => start.data.value,
    refetchInterval: (query) => (laeuft(query.state.data) ? 500 : false),
    staleTime: 0,
    retry: false,
  });

  function zuruecksetzen() {
    jobId.value = undefined;
    start.reset();
  }

  /** The whole error list as CSV (GET /importe/{id}/fehler), with the page's access, saved as a file. */
  const fehlerliste = useMutation({
    mutationFn: async (id: number) => {
      const { headers } = zugang.optionen();
      const csv = await unwrap(
        api.GET('/api/v1/importe/{id}/fehler', {
          params: { path: { id } },
          headers,
          parseAs: 'blob',
        }),
      );
      const url = URL.createObjectURL(csv);
      const a = document.createElement('a');
      a.href = url;
      a.download = `import-${id}-fehler.csv`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return true;
    },
  });

  return { start, job, jobId, zuruecksetzen, fehlerliste };
}
