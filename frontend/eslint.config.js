// @ts-check
import { readdirSync } from 'node:fs';
import pluginVue from 'eslint-plugin-vue';
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript';
import skipFormatting from '@vue/eslint-config-prettier/skip-formatting';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/**
 * Browser code runs without Node: no node: modules and no Node or Vitest globals. (src is type-checked together
 * with the tests, whose types include Node's and Vitest's, so the compiler would not notice.)
 */
const NO_NODE_MODULES = { group: ['node:*'], message: 'Browser-Code importiert keine Node-Module.' };
const NODE_AND_TEST_GLOBALS = [
  'process',
  'Buffer',
  'global',
  'require',
  'module',
  '__dirname',
  '__filename',
  'describe',
  'it',
  'test',
  'expect',
  'vi',
  'beforeEach',
  'afterEach',
  'beforeAll',
  'afterAll',
].map((name) => ({ name, message: 'Im Browser-Code gibt es kein Node und kein Vitest.' }));

/**
 * Architecture boundaries (see STYLE.md at the root of the repository: by feature, no imports across).
 *  - a feature imports shared code (`@/api`, `@/components`, `@/composables`, `@/lib`, `@/config`) and itself,
 *    never another feature and never the app shell;
 *  - inside a feature, relative imports climb at most one level; anything farther uses `@/features/<self>/…`;
 *  - shared code imports no feature and no app code;
 *  - the app shell (`src/app`) composes features through their public entry (`@/features/<name>`) only.
 */
const featureBoundaries = features.map((self) => ({
  files: [`src/features/${self}/**/*.{ts,vue}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: features
              .filter((f) => f !== self)
              .flatMap((f) => [`@/features/${f}`, `@/features/${f}/**`]),
            message:
              'Features importieren einander nicht; gemeinsamer Code gehört nach src/components, src/lib oder src/api, Zusammensetzung nach src/app.',
          },
          { group: ['@/app', '@/app/**'], message: 'Features importieren die App-Shell nicht.' },
          NO_NODE_MODULES,
          {
            group: ['../../*', '../../**'],
            message: `Innerhalb des Features den Alias @/features/${self}/… verwenden.`,
          },
        ],
      },
    ],
  },
}));

export default defineConfigWithVueTs(
  { name: 'app/files-to-lint', files: ['**/*.{ts,mts,tsx,vue,mjs,js}'] },
  {
    name: 'app/files-to-ignore',
    ignores: ['**/dist/**', '**/coverage/**', '**/test-results/**', 'src/api/schema.d.ts'],
  },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommendedTypeChecked,
  {
    name: 'app/rules',
    rules: {
      'vue/multi-word-component-names': 'off',
      'vue/require-default-prop': 'off',
      'vue/block-lang': ['error', { script: { lang: 'ts' } }],
      'vue/component-api-style': ['error', ['script-setup']],
      'vue/no-unused-refs': 'error',
      'vue/no-useless-v-bind': 'error',
      'vue/prefer-true-attribute-shorthand': 'error',
      'vue/html-button-has-type': 'error',
      'vue/no-v-html': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  },
  ...featureBoundaries,
  {
    name: 'app/shared-code-boundaries',
    files: ['src/{api,components,composables,lib,config}/**/*.{ts,vue}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features', '@/features/**', '@/app', '@/app/**'],
              message: 'Gemeinsamer Code kennt weder Features noch die App-Shell.',
            },
            NO_NODE_MODULES,
          ],
        },
      ],
    },
  },
  {
    name: 'app/shell-boundaries',
    files: ['src/app/**/*.{ts,vue}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*/*', '@/features/*/**'],
              message:
                'Die App-Shell nutzt nur den öffentlichen Einstieg eines Features (@/features/<name>).',
            },
            NO_NODE_MODULES,
          ],
        },
      ],
    },
  },
  {
    name: 'app/browser-code',
    files: ['src/**/*.{ts,vue}'],
    ignores: ['src/**/*.test.ts', 'src/test/**'],
    rules: { 'no-restricted-globals': ['error', ...NODE_AND_TEST_GLOBALS] },
  },
  {
    name: 'app/entry',
    files: ['src/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_NODE_MODULES] }] },
  },
  {
    name: 'app/node-scripts',
    files: ['scripts/**/*.mjs', 'e2e/**/*.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        fetch: 'readonly',
        performance: 'readonly',
        document: 'readonly',
        window: 'readonly',
        PerformanceObserver: 'readonly',
      },
    },
    rules: { 'no-console': 'off' },
  },
  {
    name: 'app/tests',
    files: ['src/**/*.test.ts', 'src/test/**'],
    rules: {
      // Tests reach into a feature's internals on purpose and render features together.
      'no-restricted-imports': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  skipFormatting,
);
