import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/vue-query';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { etagOf, queryKeys, unwrap, useApiClient, type QueryOf, type Schemas } from '@/api';

export type Konto = Schemas['Konto'];
export type ApiToken = Schemas['ApiToken'];

export function useKonten(page: MaybeRefOrGetter<number>) {
  const api = useApiClient();
  const p = computed(() => toValue(page));
  return useQuery({
    queryKey: queryKeys.admin.konten(p),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/admin/konten', { params: { query: { page: p.value, size: 50 } }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useCreateKonto() {
  const api = useApiClient();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['KontoNeu']) => unwrap(api.POST('/api/v1/admin/konten', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.admin.all }),
  });
}

/** Changes an account with If-Match from the version the admin saw. */
export function useUpdateKonto() {
  const api = useApiClient();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ konto, change }: { konto: Konto; change: Schemas['KontoAenderung'] }) =>
      unwrap(
        api.PATCH('/api/v1/admin/konten/{id}', {
          params: { path: { id: konto.id }, header: { 'If-Match': etagOf(konto.version) } },
          body: change,
        }),
      ) as Promise<Konto>,
    onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.admin.all }),
  });
}

export function useTokens(page: MaybeRefOrGetter<number>) {
  const api = useApiClient();
  const p = computed(() => toValue(page));
  return useQuery({
    queryKey: queryKeys.admin.tokens(p),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/admin/tokens', { params: { query: { page: p.value, size: 50 } }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useCreateToken() {
  const api = useApiClient();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['ApiTokenNeu']) => unwrap(api.POST('/api/v1/admin/tokens', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.admin.all }),
  });
}

export function useRevokeToken() {
  const api = useApiClient();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) =>
      unwrap(api.POST('/api/v1/admin/tokens/{id}/widerruf', { params: { path: { id } } })),
    onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.admin.all }),
  });
}

export type AuditQuery = QueryOf<'/api/v1/admin/audit'>;

export function useAudit(query: MaybeRefOrGetter<AuditQuery>) {
  const api = useApiClient();
  const params = computed(() => toValue(query));
  return useQuery({
    queryKey: queryKeys.admin.audit(params),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/admin/audit', { params: { query: params.value }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
