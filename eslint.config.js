// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.tools/**', '.data/**', '.nx/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // The engine's NestJS providers are injected by their runtime class, so their imports must stay values.
    files: ['engine/src/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['designer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Workflow code must be deterministic: it may import only the workflow SDK, pure schema code
    // (zod, the connector SDK's pure `capability-check` entry and this package's own modules) and the *types*
    // of activities and connectors.
    files: ['workflows/src/**/*.ts'],
    // Test code, and the fixtures and generators tests share, run in Node, never in the bundle.
    ignores: [
      'workflows/src/**/*.test.ts',
      'workflows/src/test-environment.ts',
      'workflows/src/**/testing/**',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!@temporalio/workflow$|zod$|@parley/connector-sdk/capability-check$|\\.{1,2}/)',
              allowTypeImports: true,
              message:
                'Workflow code may import only @temporalio/workflow, zod, @parley/connector-sdk/capability-check, its own pure modules and activity types (use `import type`).',
            },
          ],
        },
      ],
    },
  },
);
