import { QueryClient, VueQueryPlugin } from '@tanstack/vue-query';
import { render, type RenderOptions } from '@testing-library/vue';
import type { App, Component } from 'vue';
import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import { createApiClient, provideApiClient } from '@/api';
import { installFocusManagement } from '@/app/focus';
import { routes } from '@/app/router';
import { API } from './fixtures';

const apiPlugin = { install: (app: App) => provideApiClient(app, createApiClient(API)) };

/**
 * Renders a component the way the app runs it: the real routes (memory history), a fresh query cache without
 * retries, and the typed API client against http://api.test, which msw answers at the network level.
 */
export async function renderWithApp(
  component: Component,
  { route = '/', ...options }: RenderOptions<Component> & { route?: string } = {},
): Promise<ReturnType<typeof render> & { router: Router }> {
  const router = createRouter({ history: createMemoryHistory(), routes });
  installFocusManagement(router);
  await router.push(route);
  await router.isReady();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const result = render(component, {
    ...options,
    global: { ...options.global, plugins: [router, [VueQueryPlugin, { queryClient }], apiPlugin] },
  });
  return { ...result, router };
}
