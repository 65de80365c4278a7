import js from '@eslint/js';
import lexical from '@lexical/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** One config for the whole tree; the import-zone rules say the layering in words (scripts/check-layers.mjs enforces it too). */
const restrictIn = (files, patterns, message) => ({
  files,
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      { patterns: patterns.map((group) => ({ group: [group], message, allowTypeImports: true })) },
    ],
  },
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.tsc/**', 'test-results/**', 'playwright-report/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'simple-import-sort': simpleImportSort },
    languageOptions: { globals: { ...globals.node, ...globals.browser }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, '@lexical': lexical },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn', '@lexical/rules-of-lexical': 'error' },
  },
  restrictIn(
    ['app/**'],
    ['**/main/**', '**/renderer/**', 'electron', 'react', 'react-dom', 'node:*', 'fs', 'path', 'os', 'child_process'],
    'app/ is pure domain code.',
  ),
  restrictIn(['main/**'], ['**/renderer/**'], 'main/ and renderer/ never import each other.'),
  restrictIn(['renderer/**'], ['**/main/**', 'electron', 'node:*'], 'main/ and renderer/ never import each other.'),
);
