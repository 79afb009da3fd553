// Reads what a database really holds in schema `public` from the PostgreSQL catalog (the same
// queries work on PostgreSQL and PGlite), and turns the document's column definitions
// (test/integration/expected-schema.ts) into the same shape, so the fidelity test can compare
// the two as plain data.
import type { Queryable } from '../../src/db/database.js';

export interface CatalogColumn {
  name: string;
  /** format_type(), e.g. 'character varying(50)', 'timestamp without time zone' */
  type: string;
  notNull: boolean;
  /** normalized default expression (see normalizeDefault), or null */
  default: string | null;
}

export interface CatalogTable {
  columns: CatalogColumn[];
  /** PRIMARY KEY columns in key order */
  primaryKey: string[];
  /** UNIQUE constraint name → columns in key order */
  uniques: Record<string, string[]>;
  /** CHECK constraint name → the columns it reads, sorted */
  checks: Record<string, string[]>;
  /** FK constraint name → 'col REFERENCES table(col) ON DELETE RULE' */
  foreignKeys: Record<string, string>;
  /** name → key of every index not backing a PRIMARY KEY / UNIQUE constraint, e.g. 'created_at DESC' */
  indexes: Record<string, string>;
}

const DELETE_RULES: Record<string, string> = {
  a: 'NO ACTION',
  r: 'RESTRICT',
  c: 'CASCADE',
  n: 'SET NULL',
  d: 'SET DEFAULT',
};

/** Strips a trailing cast and folds case/number spelling: "'Starting'::character varying" → "'Starting'", '1.0' → '1'. */
export function normalizeDefault(expression: string | null): string | null {
  if (expression === null) return null;
  const uncast = expression.replace(/::[a-z ]+$/, '').trim();
  if (uncast.startsWith("'")) return uncast;
  const number = Number(uncast);
  return Number.isFinite(number) ? String(number) : uncast.toLowerCase();
}

function emptyTable(): CatalogTable {
  return { columns: [], primaryKey: [], uniques: {}, checks: {}, foreignKeys: {}, indexes: {} };
}

/** Every ordinary table of schema `public` with its columns, constraints and indexes. */
export async function readCatalog(db: Queryable): Promise<Record<string, CatalogTable>> {
  const tables: Record<string, CatalogTable> = {};
  const table = (name: string): CatalogTable => (tables[name] ??= emptyTable());

  const columns = await db.query<{ table_name: string; column_name: string; type: string; not_null: boolean; default_expr: string | null }>(`
    SELECT c.relname AS table_name, a.attname AS column_name, format_type(a.atttypid, a.atttypmod) AS type,
           a.attnotnull AS not_null, pg_get_expr(d.adbin, d.adrelid) AS default_expr
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
    ORDER BY c.relname, a.attnum`);
  for (const row of columns.rows) {
    table(row.table_name).columns.push({
      name: row.column_name,
      type: row.type,
      notNull: row.not_null,
      default: normalizeDefault(row.default_expr),
    });
  }

  const constraints = await db.query<{
    table_name: string;
    name: string;
    kind: string;
    columns: string;
    ref_table: string | null;
    ref_columns: string | null;
    on_delete: string;
  }>(`
    SELECT c.relname AS table_name, con.conname AS name, con.contype::text AS kind,
           (SELECT string_agg(a.attname::text, ',' ORDER BY k.ord)
              FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS columns,
           fc.relname::text AS ref_table,
           (SELECT string_agg(a.attname::text, ',' ORDER BY k.ord)
              FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum) AS ref_columns,
           con.confdeltype::text AS on_delete
    FROM pg_constraint con
    JOIN pg_class c ON c.oid = con.conrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_class fc ON fc.oid = con.confrelid
    WHERE n.nspname = 'public'`);
  for (const row of constraints.rows) {
    const target = table(row.table_name);
    const keyColumns = row.columns.split(',');
    if (row.kind === 'p') target.primaryKey = keyColumns;
    else if (row.kind === 'u') target.uniques[row.name] = keyColumns;
    else if (row.kind === 'c') target.checks[row.name] = keyColumns.slice().sort();
    else if (row.kind === 'f') {
      const rule = DELETE_RULES[row.on_delete] ?? `unknown (${row.on_delete})`;
      target.foreignKeys[row.name] = `${row.columns} REFERENCES ${row.ref_table}(${row.ref_columns}) ON DELETE ${rule}`;
    }
  }

  const indexes = await db.query<{ table_name: string; index_name: string; definition: string }>(`
    SELECT c.relname AS table_name, i.relname AS index_name, pg_get_indexdef(i.oid) AS definition
    FROM pg_index x
    JOIN pg_class i ON i.oid = x.indexrelid
    JOIN pg_class c ON c.oid = x.indrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public'
      AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.oid AND con.contype IN ('p', 'u'))`);
  for (const row of indexes.rows) {
    // Only plain (non-unique) btree indexes are documented; anything else shows up as a mismatch.
    const key = /^CREATE INDEX \S+ ON \S+ USING btree \((.+)\)$/.exec(row.definition)?.[1] ?? row.definition;
    table(row.table_name).indexes[row.index_name] = key;
  }
  return tables;
}

/** PostgreSQL's format_type() spelling of a type the document writes. */
function documentTypeToCatalog(type: string): string {
  const varchar = /^VARCHAR\((\d+)\)$/.exec(type);
  if (varchar) return `character varying(${varchar[1]})`;
  const known: Record<string, string> = {
    UUID: 'uuid',
    TEXT: 'text',
    BOOLEAN: 'boolean',
    INTEGER: 'integer',
    BIGINT: 'bigint',
    BIGSERIAL: 'bigint',
    'DOUBLE PRECISION': 'double precision',
    FLOAT: 'double precision',
    TIMESTAMP: 'timestamp without time zone',
  };
  const spelled = known[type];
  if (!spelled) throw new Error(`expected-schema uses a type the test does not know: ${type}`);
  return spelled;
}

/**
 * What PostgreSQL makes of a table the document defines: columns from its column definitions
 * (`TYPE [PRIMARY KEY] [UNIQUE] [NOT NULL] [DEFAULT x] [REFERENCES t(c) [ON DELETE rule]]`),
 * inline UNIQUE / REFERENCES named as PostgreSQL names them (<table>_<column>_key / _fkey),
 * plus the table-level constraints and indexes listed by name.
 */
export function expectedCatalogTable(
  tableName: string,
  spec: {
    columns: Record<string, string>;
    uniques?: Record<string, string[]>;
    checks?: Record<string, string[]>;
    indexes?: Record<string, string>;
  },
): CatalogTable {
  const result = emptyTable();
  for (const [name, definition] of Object.entries(spec.columns)) {
    const type = /^(DOUBLE PRECISION|VARCHAR\(\d+\)|[A-Z]+)/.exec(definition)?.[1];
    if (!type) throw new Error(`cannot read the type of ${tableName}.${name}: ${definition}`);
    const primaryKey = definition.includes('PRIMARY KEY');
    const serial = type === 'BIGSERIAL';
    const explicitDefault = /\bDEFAULT ('[^']*'|\S+)/.exec(definition)?.[1] ?? null;
    result.columns.push({
      name,
      type: documentTypeToCatalog(type),
      notNull: primaryKey || serial || definition.includes('NOT NULL'),
      default: serial ? `nextval('${tableName}_${name}_seq'::regclass)` : normalizeDefault(explicitDefault),
    });
    if (primaryKey) result.primaryKey.push(name);
    if (/\bUNIQUE\b/.test(definition)) result.uniques[`${tableName}_${name}_key`] = [name];
    const reference = /REFERENCES (\w+)\((\w+)\)(?: ON DELETE (CASCADE|SET NULL|RESTRICT|NO ACTION))?/.exec(definition);
    if (reference) {
      const [, refTable, refColumn, rule = 'NO ACTION'] = reference;
      result.foreignKeys[`${tableName}_${name}_fkey`] = `${name} REFERENCES ${refTable}(${refColumn}) ON DELETE ${rule}`;
    }
  }
  Object.assign(result.uniques, spec.uniques ?? {});
  for (const [name, checkColumns] of Object.entries(spec.checks ?? {})) result.checks[name] = checkColumns.slice().sort();
  Object.assign(result.indexes, spec.indexes ?? {});
  return result;
}
