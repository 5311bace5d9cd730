import '@kern-ux/native/dist/kern.min.css';
import '@kern-ux/native/dist/fonts/fira-sans.css';
import './styles/main.css';

import { VueQueryPlugin } from '@tanstack/vue-query';
import { createApp } from 'vue';
import {
  configureOidc,
  createApiClient,
  createQueryClient,
  onSsoEnded,
  onSsoState,
  provideApiClient,
  queryKeys,
  restoreSso,
} from '@/api';
import App from '@/app/App.vue';
import { prefetchFirstView } from '@/app/firstView';
import { createAppRouter } from '@/app/router';
import { forgetSession } from '@/composables/useSession';
import { renderStartupError } from '@/app/startupError';
import {
  ConfigError,
  loadRuntimeConfig,
  provideRuntimeConfig,
  type RuntimeConfig,
} from '@/config/runtimeConfig';

async function start(root: HTMLElement) {
  let config: RuntimeConfig;
  try {
    config = await loadRuntimeConfig();
    configureOidc(config.oidc);
  } catch (error) {
    renderStartupError(
      root,
      error instanceof ConfigError ? error.message : 'Die Konfiguration ist fehlerhaft.',
    );
    return;
  }
  // this tab's single sign-on, if any (loads the OIDC library only then); unreachable issuer: signed out
  await restoreSso().catch(() => undefined);
  const app = createApp(App);
  const api = createApiClient(config.apiBaseUrl);
  provideApiClient(app, api);
  provideRuntimeConfig(app, config);
  const queryClient = createQueryClient();
  app.use(VueQueryPlugin, { queryClient });
  // single sign-on ended (signed out, or another person signed in again): answers that depend on who asks reload
  onSsoEnded(() => void forgetSession(queryClient));
  // signed in again after the token ran out: who is signed in is asked anew; the page and its forms stay
  onSsoState((state) => {
    if (state === 'angemeldet') void queryClient.invalidateQueries({ queryKey: queryKeys.session });
  });
  const router = createAppRouter();
  prefetchFirstView(router, queryClient, api);
  app.use(router);
  await router.isReady();
  app.mount(root);
}

const root = document.getElementById('app');
if (root) void start(root);
