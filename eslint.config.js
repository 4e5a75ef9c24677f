// @ts-check
// ESLint flat config. Formatting is Prettier's (.prettierrc.json): eslint-config-prettier, last,
// turns off every rule that would disagree with it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // Build output, caches and bench work folders (also in .gitignore, which ESLint does not read);
    // tests/fixtures and content/ are byte-exact data, never code to lint.
    ignores: ['node_modules/', 'dist/', '.astro/', '.dist-*/', 'test-output/', 'bench/.work/', 'tests/fixtures/', 'content/'],
  },
  js.configs.recommended,
  // Type-aware: the whole repository (src, tests, bench, scripts) lints in 10-15 s on 2 cores.
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  astro.configs.recommended,
  { files: ['**/*.js'], languageOptions: { globals: globals.node } },
  { files: ['public/**/*.js'], languageOptions: { globals: globals.browser } },
  {
    rules: {
      // Stays on; a leading `_` marks a binding kept on purpose (e.g. `{ facts: _facts, ...job }`
      // drops a property from a copy).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // Off: an `async` function without `await` is how a Promise-returning interface method (a
      // renderer, a CLI entry) turns a synchronous throw into a rejection. Dropping `async`, this
      // rule's fix, would change that behaviour; the rule finds no bugs the others miss.
      '@typescript-eslint/require-await': 'off',
      // Passing on a caught error (`catch((error: unknown) => Promise.reject(error))`) rejects
      // with whatever was thrown: allowed. New rejections must still be Errors.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
    },
  },
  {
    // Plain .js, .astro files and their <script>s are not in a TypeScript program the type-aware
    // rules can use; nor is src/env.d.ts, which Astro's generated types pull in rather than the tsconfig.
    files: ['**/*.js', '**/*.d.ts', '**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  prettier,
);
