// @ts-check
import eslintPluginAstro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-editor/',
      'dist-fixtures/',
      '.astro/',
      '.wrangler/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
    ],
  },
  ...tseslint.configs.recommended,
  ...eslintPluginAstro.configs.recommended,
  // jsx-a11y strict rules on Astro templates (eslint-plugin-jsx-a11y-x: the maintained fork for ESLint 10).
  ...eslintPluginAstro.configs['jsx-a11y-strict'],
  {
    rules: {
      // `_name` marks a value left out on purpose (for example a field omitted by destructuring).
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_' }],
      // Entries are rendered by their loader into segments; Astro's render() would give an empty page.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'astro:content',
              importNames: ['render'],
              message: 'render an entry with src/components/mdx/EntryContent.astro',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['public/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
  {
    files: ['**/*.{js,mjs,ts}'],
    ignores: ['public/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // The tools run these under plain Node (node tools/*.ts), which knows no `~/` alias.
    files: [
      'src/data/**/*.ts',
      'src/schemas/**/*.ts',
      'src/i18n/locales.ts',
      'src/constants.ts',
      'src/cms/translationStatus.ts',
      'src/cms/formatContentFile.ts',
      'src/utils/findStaleHotlines.ts',
      'src/build/builtPages.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['~/*'], message: 'tools/ run this file under plain Node: import with a relative .ts path' },
          ],
        },
      ],
    },
  },
);
