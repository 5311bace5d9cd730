import { useQuery } from '@tanstack/vue-query';
import { queryKeys, unwrap, useApiClient } from '@/api';

export function useDatenquellen() {
  const api = useApiClient();
  return useQuery({
    queryKey: queryKeys.datenquellen,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/datenquellen', { params: { query: { size: 500 } }, signal })),
    select: (page) => page.items,
    staleTime: 60 * 60_000,
  });
}

/** "Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)" → "dl-de/by-2-0". */
export function shortLicence(lizenz: string): string {
  return /\(([^()]+)\)\s*$/.exec(lizenz)?.[1] ?? lizenz;
}
