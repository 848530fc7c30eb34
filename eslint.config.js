// Lint for what the type checker and Prettier do not catch: unused code,
// floating promises' cousins, and Lit's own pitfalls.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'release/',
      'test-results/',
      'playwright-report/',
      '.tmp/',
      'bench/portal-pastes/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
      // Stripping control characters is deliberate in the paste and file-name cleaners.
      'no-control-regex': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Never insert HTML: pasted text reaches the page only as text.',
        },
      ],
    },
  },
  {
    // common/ runs in both processes: neither Node's globals nor the page's.
    files: ['common/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require'].map(
          (name) => ({ name, message: 'common/ is plain TypeScript for both processes.' }),
        ),
      ],
    },
  },
  {
    files: ['renderer/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['renderer/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['lit/directives/unsafe-*'], message: 'Never render pasted text as HTML.' },
          ],
        },
      ],
    },
  },
);
