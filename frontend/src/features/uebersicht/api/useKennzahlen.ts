import { useQuery } from '@tanstack/vue-query';
import { unwrap, useApiClient } from '@/api';

export function useKennzahlen() {
  const api = useApiClient();
  return useQuery({
    queryKey: ['kennzahlen'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/kennzahlen', { signal })),
  });
}
