// ESLint flat config: typescript-eslint, React hooks, accessibility of the JSX,
// and the one-way imports of the pipeline (data → ingest → schema ← app), enforced per folder.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

/** no-restricted-imports patterns that keep a folder from reaching into the named ones. */
const forbid = (folders, why) => ({
  'no-restricted-imports': [
    'error',
    { patterns: folders.map((folder) => ({ group: [`**/${folder}/*`, `**/${folder}`], message: why })) },
  ],
});

export default tseslint.config(
  { ignores: ['dist/', 'dist', 'dist.gen-*/', 'dist-site2/', 'dist-server/', 'dist-sub/', 'dist-sub-server/', 'public/data/', 'public/search/', 'public/pagefind/', 'node_modules/', 'coverage/', 'test-results/', 'reports/', '.stryker-tmp/', 'playwright-report/', 'bench-out/', 'tmp/', 'dist-deploy-b/', 'dist-deploy-b-server/', 'dist-deploy-c/', 'test-results-offline/'] },
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
    rules: forbid(['app', 'cli'], 'ingest is pure: raw text → Edition; it knows neither the reader nor the Node commands'),
  },
  {
    files: ['src/schema/**/*.ts'],
    rules: forbid(['app', 'cli', 'ingest'], 'the schema is the contract both sides import; it imports neither'),
  },
);
