import '@kern-ux/native/dist/kern.min.css';
import '@kern-ux/native/dist/fonts/fira-sans.css';
import './styles/main.css';

import { VueQueryPlugin } from '@tanstack/vue-query';
import { createApp } from 'vue';
import { configureOidc, createApiClient, createQueryClient, onSsoEnded, provideApiClient } from '@/api';
import App from '@/app/App.vue';
import { createAppRouter } from '@/app/router';
import { forgetSession } from '@/composables/useSession';
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
  const queryClient = createQueryClient();
  app.use(VueQueryPlugin, { queryClient });
  // a single sign-on token that expires or is refused: signed out cleanly, answers that depend on who asks reload
  onSsoEnded(() => void forgetSession(queryClient));
  const router = createAppRouter();
  app.use(router);
  await router.isReady();
  app.mount(root);
}

const root = document.getElementById('app');
if (root) void start(root);
