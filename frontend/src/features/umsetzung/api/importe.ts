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

/**
 * Starts an import (POST /importe answers 202 with the job) and follows the job until it is done, polling
 * GET /importe/{id} twice a second. Both with the access the page has (session + CSRF, or an API token).
 */
export function useImport(zugang: Zugang) {
  const api = useApiClient();
  const jobId = ref<number>();

  const start = useMutation({
    mutationFn: ({ file, format, dryRun }: { file: File; format: '' | 'csv' | 'json'; dryRun: boolean }) => {
      const f = formatOf(file, format);
      const { headers, credentials } = zugang.optionen();
      return unwrap(
        api.POST('/api/v1/importe', {
          params: { query: { dryRun, format: f } },
          // The file goes as it is, streamed by the browser (never read into a string here): the contract
          // describes the body as the CSV text or the JSON array, which is what the file contains.
          body: '',
          bodySerializer: () => file,
          headers: { ...headers, 'Content-Type': f === 'json' ? 'application/json' : 'text/csv' },
          credentials,
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
      const { headers, credentials } = zugang.optionen();
      return unwrap(
        api.GET('/api/v1/importe/{id}', {
          params: { path: { id: jobId.value ?? 0 } },
          headers,
          credentials,
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

  return { start, job, jobId, zuruecksetzen };
}
