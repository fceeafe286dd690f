import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';

// The layers of src/ (STYLE.md), read top-down: main → app → pages → kiosk → components →
// session/queries → routes → api → lib → model, with no arrow back up.
const LAYER = {
  app: { group: ['**/app/**'], message: 'Only main.tsx imports the composition root (app/).' },
  pages: {
    group: ['**/pages/**'],
    message: 'Pages are route leaves: only the router (app/) loads them.',
  },
  kiosk: {
    group: ['**/kiosk/**'],
    message: 'kiosk/ sits above components/ and below pages/: import it from pages or app only.',
  },
  components: {
    group: ['**/components/**'],
    message: 'components/ are UI: session, queries, routes, api, lib and model never import them.',
  },
  session: {
    group: ['**/session/**'],
    message: 'components/ take data as props: they never import session/.',
  },
  queries: {
    group: ['**/queries/**'],
    message: 'components/ take data as props: they never import queries/.',
  },
  routes: {
    group: ['**/routes/**'],
    message: 'routes/ sits above api/: api, lib and model never import it.',
  },
  api: {
    group: ['**/api/**'],
    message: 'HTTP stays in api/: components get data as props and types from model/.',
  },
  lib: {
    group: ['**/lib/**'],
    message: 'model/ holds domain rules and imports no helpers from lib/.',
  },
  react: {
    group: ['react', 'react-dom', 'react-dom/*', 'react-router-dom', 'recharts', '@tanstack/*'],
    message: 'model/, lib/ and api/ are plain TypeScript: no React layer.',
  },
};
const ALWAYS = [
  { group: ['**/mock/**'], message: 'src/ never imports the mock.' },
  {
    group: ['**/test/**', '**/*.test', '**/*.test.*'],
    message: 'Test utilities are for tests only.',
  },
];
const FORBIDDEN = {
  app: ['pages'],
  pages: ['app'],
  kiosk: ['app', 'pages'],
  components: ['app', 'pages', 'kiosk', 'session', 'queries', 'api'],
  session: ['app', 'pages', 'kiosk', 'components'],
  queries: ['app', 'pages', 'kiosk', 'components', 'session'],
  routes: ['app', 'pages', 'kiosk', 'components', 'session', 'queries'],
  api: ['app', 'pages', 'kiosk', 'components', 'session', 'queries', 'routes', 'react'],
  lib: ['app', 'pages', 'kiosk', 'components', 'session', 'queries', 'routes', 'api', 'react'],
  model: [
    'app',
    'pages',
    'kiosk',
    'components',
    'session',
    'queries',
    'routes',
    'api',
    'lib',
    'react',
  ],
};

function layerBoundaries() {
  const sources = { ignores: ['src/**/*.test.{ts,tsx}'] };
  return [
    {
      files: ['src/**/*.{ts,tsx}'],
      ...sources,
      rules: { 'no-restricted-imports': ['error', { patterns: ALWAYS }] },
    },
    ...Object.entries(FORBIDDEN).map(([layer, forbidden]) => ({
      files: [`src/${layer}/**/*.{ts,tsx}`],
      ...sources,
      rules: {
        'no-restricted-imports': [
          'error',
          { patterns: [...ALWAYS, ...forbidden.map((name) => LAYER[name])] },
        ],
      },
    })),
  ];
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      '.e2e-dist',
      'bench/.build',
      'node_modules',
      'playwright-report',
      'test-results',
    ],
  },
  {
    files: ['**/*.{ts,tsx,js}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, '@tanstack/query': pluginQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
      // One ApiClient per app: it is the transport, not part of what a query is.
      '@tanstack/query/exhaustive-deps': ['error', { allowlist: { types: ['ApiClient'] } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'API text is untrusted.',
        },
      ],
    },
  },
  {
    // The service worker runs in its own global scope (sw/vite-plugin.ts builds it).
    files: ['sw/sw-template.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  ...layerBoundaries(),
);
