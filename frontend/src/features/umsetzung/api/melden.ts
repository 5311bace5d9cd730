import { useMutation, useQueryClient } from '@tanstack/vue-query';
import { queryKeys, unwrap, useApiClient, type Schemas } from '@/api';
import type { useSchreibZugang } from './zugang';

/**
 * Reports the Stand of a Leistung in a Kommune (PUT, replacing the entry). An existing entry is written only
 * if nobody changed it since it was read: If-Match with its version, else 412.
 */
export function useMelden(zugang: ReturnType<typeof useSchreibZugang>) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      ags,
      ozgId,
      version,
      eingabe,
    }: {
      ags: string;
      ozgId: number;
      version?: number;
      eingabe: Schemas['UmsetzungsstandEingabe'];
    }) => {
      const { headers } = zugang.optionen();
      return unwrap(
        api.PUT('/api/v1/kommunen/{ags}/umsetzungsstand/{ozgId}', {
          params: {
            path: { ags, ozgId },
            header: version === undefined ? {} : { 'If-Match': `"${version}"` },
          },
          body: eingabe,
          headers,
        }),
      );
    },
    // every figure may have changed with it
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.umsetzung.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.statistik.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.kartenwerte.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.aenderungen.all }),
      ]),
  });
}
