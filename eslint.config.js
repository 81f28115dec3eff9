// ESLint flat config: typescript-eslint, React hooks, accessibility of the JSX, no import cycles (static or
// dynamic), and the one-way imports of the pipeline (data → ingest → schema ← app), enforced per folder.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';

/** react-router's Link brings its framework-mode prefetching to the first view (src/build/routerComponents.ts). */
const routerLinks = {
  name: 'react-router',
  importNames: ['Link', 'NavLink'],
  message: "the reader's Link is src/app/ui/Link.tsx: react-router's brings 1.8 KB of framework-mode prefetching to the first view",
};

/** no-restricted-imports patterns that keep a folder from reaching into the named ones (and react-router's links out of every one). */
const forbid = (folders, why) => ({
  'no-restricted-imports': [
    'error',
    { paths: [routerLinks], patterns: folders.map((folder) => ({ group: [`**/${folder}/*`, `**/${folder}`], message: why })) },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist',
      'dist.gen-*/',
      'dist-site2/',
      'dist-server/',
      'dist-sub/',
      'dist-sub-server/',
      'public/data/',
      'public/search/',
      'public/pagefind/',
      'node_modules/',
      'coverage/',
      'test-results/',
      'reports/',
      '.stryker-tmp/',
      'playwright-report/',
      'bench-out/',
      'tmp/',
      'dist-deploy-b/',
      'dist-deploy-b-server/',
      'dist-deploy-c/',
      'test-results-offline/',
      'dist-printed/',
      'e2e-seed-data/',
      'e2e-printed-data/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_name` marks a value left out on purpose (`const { blocks: _blocks, ...rest } = article`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Page text is Chinese: full-width spaces (U+3000) in comments and strings are meant.
      'no-irregular-whitespace': ['error', { skipComments: true, skipStrings: true, skipRegExps: true, skipTemplates: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Type-aware rules on the code that ships (typescript-eslint's recommendedTypeChecked: a promise nobody awaits or
    // catches, a promise where a handler's void is expected, unsafe any, …) and a switch over a union that misses a member.
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      // A function longer than a screen holds parts that want names of their own (issue 20).
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
      // A loader throws react-router's redirect() (a Response) and data() to answer with another status.
      '@typescript-eslint/only-throw-error': [
        'error',
        {
          allow: [
            { from: 'lib', name: 'Response' },
            { from: 'package', package: 'react-router', name: 'DataWithResponseInit' },
          ],
        },
      ],
    },
  },
  {
    // A cycle, through a static import or a lazy import(), is a layer that knows its caller.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/extensions': ['.ts', '.tsx', '.js'], 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: { 'import-x/no-cycle': ['error', { allowUnsafeDynamicCyclicDependency: false }] },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      ...forbid(['cli', 'ingest'], 'the reader reads the JSON ingest wrote (src/schema types), never ingest or the CLI'),
    },
  },
  {
    files: ['test/app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.flatConfigs.recommended.rules },
  },
  {
    files: ['src/ingest/**/*.ts'],
    rules: forbid(
      ['app', 'cli', 'pdf'],
      "ingest is pure: raw text or a page's glyphs → Edition; it knows neither the reader, the Node commands nor pdf.js",
    ),
  },
  {
    // Shared pieces of the reader: a feature imports ui/, never the other way round.
    files: ['src/app/ui/**/*.{ts,tsx}'],
    rules: forbid(
      ['cli', 'ingest', 'front-page', 'page-view', 'printed-page', 'article', 'archive', 'home', 'search', 'offline', 'shell'],
      'ui/ holds shared pieces of the reader: it imports data/ and other ui/ pieces, never a feature folder',
    ),
  },
  {
    files: ['src/search/**/*.ts'],
    rules: forbid(['app', 'cli', 'sw'], 'the search index is built from the JSON; it knows neither the reader nor the Node commands'),
  },
  {
    files: ['src/sw/**/*.ts'],
    rules: forbid(
      ['app', 'cli', 'ingest', 'search'],
      'the service worker shares only src/offline (cache names and rules) and the schema with the reader',
    ),
  },
  {
    files: ['src/offline/**/*.ts'],
    rules: forbid(['app', 'cli', 'ingest', 'search', 'sw'], 'the offline rules are shared by the reader and its worker; they import only the schema'),
  },
  {
    files: ['src/node/**/*.ts'],
    rules: forbid(
      ['app', 'cli', 'ingest', 'search', 'sw', 'pdf'],
      "src/node is the Node side's plumbing (one-line errors, the lock, fault hooks): it imports no feature",
    ),
  },
  {
    files: ['src/pdf/**/*.ts'],
    rules: forbid(['app', 'cli'], 'reading a PDF knows neither the reader nor the Node commands'),
  },
  {
    files: ['src/schema/**/*.ts'],
    rules: forbid(['app', 'cli', 'ingest'], 'the schema is the contract both sides import; it imports neither'),
  },
);
