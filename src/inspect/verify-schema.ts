// Verify rules that restate the database schema on rows (PRODUCT.md R4 "every schema constraint
// holds"), so a dry-run file is checked as strictly as PostgreSQL would check it on load:
//   schema.column     declared type, NOT NULL, VARCHAR length, INTEGER, UUID, timestamp syntax,
//                     no unknown columns
//   schema.primary-key  ids unique per table
//   schema.unique     the UNIQUE constraints of echoes-schema.md
//   schema.reference  every foreign key names an existing parent row
//   schema.check      chk_security_status, chk_stability, chk_no_self_gate
import { UNIVERSE_REGISTRY, UNIVERSE_TABLES } from '../db/schema/registry.js';
import type { UniverseTable } from '../universe/rows.js';
import { columnEntries, columnValueProblem, OPTIONAL_EXTRA_COLUMNS } from '../format/columns.js';
import type { VerifyContext } from './verify-context.js';

type AnyRow = Record<string, unknown>;

/** A short label for a row in messages: its name when it has one, else its id. */
export function rowLabel(table: UniverseTable, row: AnyRow, index: number): string {
  const name = typeof row.name === 'string' ? ` "${row.name}"` : '';
  const id = typeof row.id === 'string' ? ` ${row.id}` : '';
  return `${table} row ${index}${name || id}`;
}

function rowsOf(context: VerifyContext, table: UniverseTable): readonly AnyRow[] {
  return context.tables[table] as unknown as readonly AnyRow[];
}

function checkColumns(context: VerifyContext): void {
  for (const table of UNIVERSE_TABLES) {
    const entries = columnEntries(table);
    const known = new Set(entries.map(([name]) => name));
    const rows = rowsOf(context, table);
    // Plain loops: this runs over every value of the universe (millions at EVE scale).
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index];
      for (const [column, spec] of entries) {
        const problem = columnValueProblem(row[column], spec, true);
        if (problem) context.report('schema.column', `${rowLabel(table, row, index)}: ${column} ${problem}`);
      }
      for (const column in row) {
        if (!known.has(column) && !OPTIONAL_EXTRA_COLUMNS.has(column)) {
          context.report('schema.column', `${rowLabel(table, row, index)} has a column "${column}" that ${table} does not have`);
        }
      }
    }
  }
}

/** Checks that ids are unique per table; returns each table's id set (for the references). */
function checkPrimaryKeys(context: VerifyContext): Map<UniverseTable, Set<unknown>> {
  const idsOf = new Map<UniverseTable, Set<unknown>>();
  for (const table of UNIVERSE_TABLES) {
    const seen = new Set<unknown>();
    rowsOf(context, table).forEach((row, index) => {
      if (seen.has(row.id)) context.report('schema.primary-key', `${rowLabel(table, row, index)} repeats the id of an earlier ${table} row`);
      seen.add(row.id);
    });
    idsOf.set(table, seen);
  }
  return idsOf;
}

/** UNIQUE constraints (from the schema's registry): table, columns, and the constraint name for the message. */
const UNIQUE_CONSTRAINTS = UNIVERSE_REGISTRY.flatMap((entry) => entry.uniques.map((unique) => ({ table: entry.name, ...unique })));
for (const { table, constraint, columns } of UNIQUE_CONSTRAINTS) {
  // checkUniques groups by at most two columns; a wider key needs it extended, not ignored.
  if (columns.length > 2) throw new Error(`verify checks UNIQUEs of one or two columns; ${table}.${constraint} has ${columns.length}`);
}

function checkUniques(context: VerifyContext): void {
  for (const { table, columns, constraint } of UNIQUE_CONSTRAINTS) {
    // Values seen per value of the first column (one shared group for single-column uniques):
    // nested sets, no composite string keys, as this runs over every moon of the universe.
    const seen = new Map<unknown, Set<unknown>>();
    const [first, second] = columns;
    rowsOf(context, table).forEach((row, index) => {
      const groupKey = second === undefined ? undefined : row[first];
      const value = second === undefined ? row[first] : row[second];
      let group = seen.get(groupKey);
      if (!group) {
        group = new Set();
        seen.set(groupKey, group);
      }
      if (group.has(value)) {
        const described = columns.map((column) => `${column} = ${JSON.stringify(row[column])}`).join(', ');
        context.report('schema.unique', `${rowLabel(table, row, index)} breaks ${constraint}: another row has ${described}`);
      }
      group.add(value);
    });
  }
}

/** Foreign keys (from the schema's registry): child table and column, parent table, and whether NULL is allowed. */
const REFERENCES = UNIVERSE_REGISTRY.flatMap((entry) => entry.references.map((reference) => ({ table: entry.name, ...reference })));

function checkReferences(context: VerifyContext, idsOf: ReadonlyMap<UniverseTable, Set<unknown>>): void {
  for (const { table, column, parent, nullable } of REFERENCES) {
    const ids = idsOf.get(parent) as Set<unknown>;
    rowsOf(context, table).forEach((row, index) => {
      const value = row[column];
      if ((value === null || value === undefined) && nullable) return;
      if (!ids.has(value)) {
        context.report('schema.reference', `${rowLabel(table, row, index)}: ${column} ${JSON.stringify(value)} names no ${parent} row`);
      }
    });
  }
}

function checkConstraints(context: VerifyContext): void {
  for (const system of context.tables.solar_systems) {
    const security = system.security_status;
    if (typeof security === 'number' && !(security >= 0 && security <= 1)) {
      context.report('schema.check', `system "${system.name}" has security_status ${security}, outside 0.0–1.0 (chk_security_status)`);
    }
  }
  for (const gate of context.tables.stargates) {
    if (gate.solar_system_id === gate.destination_system_id) {
      context.report('schema.check', `stargate "${gate.name}" in ${context.systemLabel(gate.solar_system_id)} leads to its own system (chk_no_self_gate)`);
    }
  }
  for (const wormhole of context.tables.wormholes) {
    const stability = wormhole.stability;
    if (typeof stability === 'number' && !(stability >= 0 && stability <= 100)) {
      context.report('schema.check', `wormhole ${wormhole.id} has stability ${stability}, outside 0–100 (chk_stability)`);
    }
  }
}

export function checkSchema(context: VerifyContext): void {
  checkColumns(context);
  const idsOf = checkPrimaryKeys(context);
  checkUniques(context);
  checkReferences(context, idsOf);
  checkConstraints(context);
}
