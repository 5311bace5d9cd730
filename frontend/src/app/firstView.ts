import type { QueryClient } from '@tanstack/vue-query';
import type { Router } from 'vue-router';
import type { ApiClient } from '@/api';
import { prefetchNrwTrend, REIFEGRAD_STANDARD } from '@/features/umsetzung';

/**
 * Asks for the answers the first screen's largest text waits for while the page's code still loads, instead of
 * once its components are mounted (on the start page that saved a round of chunk loading and rendering before
 * the first request).
 */
export function prefetchFirstView(router: Router, queryClient: QueryClient, api: ApiClient): void {
  const ziel = router.resolve(window.location.pathname + window.location.search + window.location.hash);
  if (ziel.name === 'start') prefetchNrwTrend(queryClient, api, REIFEGRAD_STANDARD);
}
