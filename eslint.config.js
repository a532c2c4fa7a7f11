import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import thinRoutesPlugin, { ROUTE_FILES } from './eslint/thin-routes.js';
import boundaries from 'eslint-plugin-boundaries';

export default tseslint.config(
  { ignores: ['dist/**', 'data/**', 'node_modules/**', 'migrations/**', 'bench/results/**', 'web/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // Thin routes: parse → policy → one operation → presenter; no SQL, transaction or audit row in a route file.
    files: ROUTE_FILES,
    ignores: ['**/*.test.ts'],
    plugins: { routes: thinRoutesPlugin },
    rules: { 'routes/thin': 'error' },
  },
  // Boundaries (docs/ARCHITECTURE.md, "Allowed arrows"): src/platform imports only itself; a part imports the
  // platform, its own files and another part's public face (index.ts) or tables (schema.ts, figures-schema.ts, for
  // reads), never the application level (src/*.ts — the list of parts among
  // them —, src/demo, src/sandbox), which wires them.
  // Tests may reach anywhere. test/lint/boundaries.test.ts shows a deliberate violation failing.
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: 'tsconfig.json' } },
      'boundaries/legacy-warnings': false,
      'boundaries/elements': [
        { type: 'platform', pattern: 'src/platform', mode: 'folder' },
        { type: 'app', pattern: 'src/demo', mode: 'folder' },
        { type: 'app', pattern: 'src/sandbox', mode: 'folder' },
        { type: 'app', pattern: 'src/*.ts', mode: 'file' },
        { type: 'part', pattern: 'src/*', mode: 'folder', capture: ['part'] },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            { from: { element: { type: 'platform' } }, allow: { to: { element: { type: 'platform' } } } },
            { from: { element: { type: 'part' } }, allow: { to: { element: { type: 'platform' } } } },
            // Its own files; another part's public face (index.ts) or tables (schema.ts, figures-schema.ts, for reads).
            { from: { element: { type: 'part' } }, allow: { to: { element: { type: 'part', captured: { part: '{{ from.element.captured.part }}' } } } } },
            { from: { element: { type: 'part' } }, allow: { to: { element: { type: 'part', fileInternalPath: ['index.ts', 'schema.ts', 'figures-schema.ts'] } } } },
            { from: { element: { type: 'app' } }, allow: { to: { element: { types: ['platform', 'part', 'app'] } } } },
          ],
        },
      ],
    },
  },
);
