// PRODUCT.md R5: the migrated database holds exactly the schema of echoes-schema.md (plus
// `skills`): every table, column (type, nullability, default, order), CHECK, UNIQUE, FK with
// its ON DELETE rule and index, compared with facts transcribed by hand from the document
// (expected-schema.ts), on PGlite always and on PostgreSQL when TEST_DATABASE_URL/DATABASE_URL
// is set. Also: the reference rows the document lists are loaded, and migrate is idempotent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/db/migrate.js';
import { openTestDatabase, postgresServerUrl, type TestDatabase } from '../helpers/db.js';
import { EXPECTED_ITEM_CATEGORIES, EXPECTED_ITEM_GROUPS, EXPECTED_SCHEMA } from './expected-schema.js';
import { expectedCatalogTable, readCatalog, type CatalogTable } from './schema-catalog.js';

const TABLE_NAMES = Object.keys(EXPECTED_SCHEMA).sort();

describe.each(['pglite', 'postgres'] as const)('schema fidelity on %s', (kind) => {
  describe.skipIf(kind === 'postgres' && !postgresServerUrl())('', () => {
    let database: TestDatabase;
    let catalog: Record<string, CatalogTable>;

    beforeAll(async () => {
      database = await openTestDatabase(kind, 'eu_schema_fidelity');
      await migrate(database.db);
      catalog = await readCatalog(database.db);
    });
    afterAll(async () => {
      await database?.dispose();
    });

    it('has exactly the 27 documented tables plus skills', () => {
      expect(TABLE_NAMES).toHaveLength(28);
      expect(Object.keys(catalog).sort()).toEqual(TABLE_NAMES);
    });

    describe.each(TABLE_NAMES)('%s', (tableName) => {
      const expected = expectedCatalogTable(tableName, EXPECTED_SCHEMA[tableName]);
      const actual = (): CatalogTable => catalog[tableName];

      it('has the documented columns in order, with their types, NOT NULLs and defaults', () => {
        expect(actual().columns).toEqual(expected.columns);
      });
      it('has the documented primary key', () => {
        expect(actual().primaryKey).toEqual(expected.primaryKey);
      });
      it('has the documented UNIQUE constraints', () => {
        expect(actual().uniques).toEqual(expected.uniques);
      });
      it('has the documented CHECK constraints', () => {
        expect(actual().checks).toEqual(expected.checks);
      });
      it('has the documented foreign keys with their ON DELETE rules', () => {
        expect(actual().foreignKeys).toEqual(expected.foreignKeys);
      });
      it('has the documented indexes', () => {
        expect(actual().indexes).toEqual(expected.indexes);
      });
    });

    it('holds the reference rows the document lists', async () => {
      const categories = await database.db.query<{ id: number; name: string; description: string; icon: string; published: boolean }>(
        'SELECT id, name, description, icon, published FROM item_categories ORDER BY id',
      );
      expect(categories.rows.map((row) => [row.id, row.name, row.description, row.icon, row.published])).toEqual(EXPECTED_ITEM_CATEGORIES);
      const groups = await database.db.query<{ id: number; category_id: number; name: string; description: string; published: boolean }>(
        'SELECT id, category_id, name, description, published FROM item_groups ORDER BY id',
      );
      expect(groups.rows.map((row) => [row.id, row.category_id, row.name, row.description, row.published])).toEqual(EXPECTED_ITEM_GROUPS);
    });

    it('migrates again without change (idempotent)', async () => {
      const again = await migrate(database.db);
      expect(again).toEqual({ applied: [], referenceRowsInserted: 0 });
      expect(await readCatalog(database.db)).toEqual(catalog);
    });
  });
});
