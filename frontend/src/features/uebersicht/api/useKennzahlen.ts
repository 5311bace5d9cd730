import { useQuery } from '@tanstack/vue-query';
import { queryKeys, unwrap, useApiClient } from '@/api';

export function useKennzahlen() {
  const api = useApiClient();
  return useQuery({
    queryKey: queryKeys.kennzahlen,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/kennzahlen', { signal })),
  });
}
