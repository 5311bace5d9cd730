import '@kern-ux/native/dist/kern.min.css';
import '@kern-ux/native/dist/fonts/fira-sans.css';
import './styles/main.css';

import { VueQueryPlugin } from '@tanstack/vue-query';
import { createApp } from 'vue';
import { configureOidc, createApiClient, createQueryClient, provideApiClient } from '@/api';
import App from '@/app/App.vue';
import { createAppRouter } from '@/app/router';
import { renderStartupError } from '@/app/startupError';
import { ConfigError, loadRuntimeConfig } from '@/config/runtimeConfig';

async function start(root: HTMLElement) {
  let apiBaseUrl: string;
  try {
    const config = await loadRuntimeConfig();
    apiBaseUrl = config.apiBaseUrl;
    configureOidc(config.oidc);
  } catch (error) {
    renderStartupError(
      root,
      error instanceof ConfigError ? error.message : 'Die Konfiguration ist fehlerhaft.',
    );
    return;
  }
  const app = createApp(App);
  provideApiClient(app, createApiClient(apiBaseUrl));
  app.use(VueQueryPlugin, { queryClient: createQueryClient() });
  const router = createAppRouter();
  app.use(router);
  await router.isReady();
  app.mount(root);
}

const root = document.getElementById('app');
if (root) void start(root);
