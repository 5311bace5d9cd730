import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { fileURLToPath, URL } from 'node:url';
import type { AtRule, Plugin as PostCssPlugin } from 'postcss';
import { defineConfig, type Plugin } from 'vite';
import vue from '@vitejs/plugin-vue';

const boundaries = fileURLToPath(new URL('./public/geo/verwaltungsgrenzen-nrw.topo.json', import.meta.url));
const boundariesVersion = createHash('sha256').update(readFileSync(boundaries)).digest('hex').slice(0, 12);

/**
 * Answers /config.json in `vite` and `vite preview` the way scripts/serve.mjs and the nginx image do in
 * production: from API_BASE_URL, so that no base URL is baked into the build.
 */
function runtimeConfig(): Plugin {
  const body = () => {
    const apiBaseUrl = process.env.API_BASE_URL ?? 'http://localhost:8080';
    const issuer = process.env.DASHBOARD_OIDC_ISSUER;
    const oidc = issuer
      ? {
          issuer,
          clientId: process.env.DASHBOARD_OIDC_CLIENT_ID ?? '',
          ...(process.env.DASHBOARD_OIDC_SCOPE ? { scope: process.env.DASHBOARD_OIDC_SCOPE } : {}),
        }
      : undefined;
    const felder = ['name', 'anschrift', 'vertretung', 'email', 'telefon', 'datenschutz', 'aufsicht'];
    const betreiber = Object.fromEntries(
      felder
        .map((f) => [f, process.env[`DASHBOARD_BETREIBER_${f.toUpperCase()}`]?.trim()])
        .filter(([, v]) => v),
    );
    return JSON.stringify({
      apiBaseUrl,
      ...(oidc ? { oidc } : {}),
      ...(Object.keys(betreiber).length ? { betreiber } : {}),
    });
  };
  const handler = (req: { url?: string }, res: ServerResponse, next: () => void) => {
    if (req.url?.split('?')[0] !== '/config.json') return next();
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(body());
  };
  return {
    name: 'runtime-config',
    configureServer: (server) => void server.middlewares.use(handler),
    configurePreviewServer: (server) => void server.middlewares.use(handler),
  };
}

/**
 * Text is drawn at once in a fallback font while Fira Sans loads (KERN's @font-face rules name no font-display,
 * so Chromium kept the first screen's text invisible until the fonts arrived: ~0.4 s of the start page's LCP).
 */
function fontDisplaySwap(): PostCssPlugin {
  return {
    postcssPlugin: 'font-display-swap',
    AtRule: {
      'font-face': (rule: AtRule) => {
        if (!rule.nodes?.some((n) => n.type === 'decl' && n.prop === 'font-display')) {
          rule.append({ prop: 'font-display', value: 'swap' });
        }
      },
    },
  };
}

/** The weights of the first screen (text, headings, the big figure) load with the HTML, not after the CSS. */
function preloadFonts(): Plugin {
  const FIRST_SCREEN = /FiraSans-(Regular|SemiBold|Bold)-[\w-]+\.woff2$/;
  let base = '/';
  return {
    name: 'preload-fonts',
    apply: 'build',
    configResolved: (config) => void (base = config.base),
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) =>
        Object.keys(ctx.bundle ?? {})
          .filter((file) => FIRST_SCREEN.test(file))
          .map((file) => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              href: `${base}${file}`,
              as: 'font',
              type: 'font/woff2',
              crossorigin: '',
            },
            injectTo: 'head' as const,
          })),
    },
  };
}

export default defineConfig({
  plugins: [vue(), runtimeConfig(), preloadFonts()],
  css: { postcss: { plugins: [fontDisplaySwap()] } },
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    __BOUNDARIES_VERSION__: JSON.stringify(boundariesVersion),
  },
  build: {
    manifest: true,
    target: 'es2022',
    // Source maps stay out of the public bundle; the budget script measures what users download.
    sourcemap: false,
  },
  server: { port: 5173, strictPort: false },
});
