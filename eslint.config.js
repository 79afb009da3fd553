// The linter (ESLint flat config), run by `npm test` (pretest) and so by CI. Besides the usual
// mistakes (typescript-eslint's recommended rules, without type information to stay fast on
// two cores) it checks the architecture: no import cycles, and the layers of ARCHITECTURE.md,
// so an arrow pointing upward fails the suite instead of waiting for a review to notice it.
//
// Why ESLint with eslint-plugin-import-x rather than Biome: import-x's `no-cycle` and
// `no-restricted-paths` work on *resolved* files (via eslint-import-resolver-typescript, which
// maps our NodeNext `./x.js` specifiers to `./x.ts`), so a layer rule is written once as
// "files here must not import files there" whatever relative path spells the import. Biome's
// `noRestrictedImports` matches the specifier text only, which `../../db/x.js` vs `../db/x.js`
// makes fragile.

import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** A layer rule: files under `target` must not import files under any of `from`. */
function layer(target, from, because, except) {
  return { target, from, message: because, ...(except ? { except } : {}) };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'drizzle/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // Let import-x parse the .ts files it follows (no-cycle walks the whole import graph).
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.test.json' })],
    },
    rules: {
      // Unused names are errors, except a deliberately ignored `_name`.
      // Input checks match control characters on purpose (names must not hold NUL or C0 codes).
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      // Every import cycle is an error; the one the schema needs is disabled where it stands
      // (src/db/schema/characters.ts <-> inventory.ts mirror the tables' own foreign-key cycle).
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            layer('./src/universe', ['./src/db', './src/cli', './src/format', './src/inspect', './src/render', './src/app'], 'the generator (src/universe) makes rows; sinks, databases and the CLI sit above it'),
            // Star drawing, body counts and in-system geometry live below both (src/universe/star.ts,
            // system-counts.ts, geometry.ts), so the skeleton borrows nothing from detail/.
            layer('./src/universe/skeleton', './src/universe/detail', 'the skeleton is drawn before the detail and must not depend on it'),
            layer('./src/db', ['./src/inspect', './src/render', './src/cli', './src/app'], 'the database layer stores rows; analysis, pictures, the orchestration (src/app) and the CLI sit above it'),
            // Each backend is an adapter of its own (kysely's dialect folders): they do not know
            // each other, and only db/connect.ts chooses one. Everything else reads capabilities.
            layer('./src/db/postgres', './src/db/pglite', 'a backend adapter does not know the other one'),
            layer('./src/db/pglite', './src/db/postgres', 'a backend adapter does not know the other one'),
            layer('./src/!(db)/**/*', ['./src/db/postgres', './src/db/pglite'], 'only db/connect.ts chooses a backend; code above db/ reads its capabilities'),
            layer('./src/*.ts', ['./src/db/postgres', './src/db/pglite'], 'only db/connect.ts chooses a backend; code above db/ reads its capabilities'),
            layer(['./src/format', './src/inspect', './src/render'], './src/app', 'the orchestration (src/app) calls the sinks and tools, not the other way round'),
            layer('./src/!(cli)/**/*', './src/cli', 'only the CLI imports the CLI; the API and everything below it stay CLI-free'),
            layer('./src/*.ts', './src/cli', 'only the CLI imports the CLI; the API and everything below it stay CLI-free'),
          ],
        },
      ],
    },
  },
  {
    // Tests may reach into any layer, and assert on values of any shape.
    files: ['test/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
