// The dry-run format's JSON Schema (schema/universe.schema.json): it is exactly what
// buildUniverseJsonSchema() produces, it agrees with the Drizzle schema column by column, it
// accepts a valid universe and rejects rows with missing, extra, mistyped or null columns.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { describe, expect, test } from 'vitest';
import { UNIVERSE_COLUMN_SPECS, columnEntries, type ColumnKind } from '../../src/format/columns.js';
import { buildUniverseJsonSchema } from '../../src/format/json-schema.js';
import { UNIVERSE_TABLES } from '../../src/db/schema/registry.js';
import { DRIZZLE_TABLES } from '../../src/db/schema/registry-derive.js';
import { dryRunDocument } from '../fixtures/dry-run.js';

const SCHEMA_FILE = new URL('../../schema/universe.schema.json', import.meta.url);

function validator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  ajv.addFormat('date-time', { validate: (text: string) => !Number.isNaN(Date.parse(text)) });
  return ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
}

describe('schema/universe.schema.json', () => {
  test('is the output of buildUniverseJsonSchema() (regenerate: npm run schema)', () => {
    expect(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))).toEqual(buildUniverseJsonSchema());
  });

  test('accepts a valid universe, with or without created_at', () => {
    const validate = validator();
    expect(validate(dryRunDocument()), JSON.stringify(validate.errors)).toBe(true);
    const document = dryRunDocument();
    Object.assign(document.regions[0], { created_at: '2026-01-01T00:00:00.000Z' });
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
  });

  test.each<[string, (document: ReturnType<typeof dryRunDocument>) => void, string]>([
    ['a row with an extra key', (d) => void Object.assign(d.planets[0], { colour: 'red' }), 'must NOT have additional properties'],
    ['a row without a column', (d) => void delete (d.moons[0] as Partial<(typeof d.moons)[number]>).radius, "must have required property 'radius'"],
    ['a string where a number belongs', (d) => void Object.assign(d.solar_systems[0], { security_status: 'high' }), 'must be number'],
    ['null in a NOT NULL column', (d) => void Object.assign(d.stargates[0], { name: null }), 'must be string'],
    ['a fraction in an INTEGER column', (d) => void Object.assign(d.moons[0], { moon_index: 1.5 }), 'must be integer'],
    ['a name longer than VARCHAR(100)', (d) => void Object.assign(d.regions[0], { name: 'x'.repeat(101) }), 'must NOT have more than 100 characters'],
    ['an id that is not a UUID', (d) => void Object.assign(d.regions[0], { id: 'region-1' }), 'must match format "uuid"'],
    ['a timestamp that is not ISO 8601', (d) => void Object.assign(d.wormholes[0], { expires_at: 'tomorrow' }), 'must match format "date-time"'],
    ['no meta', (d) => void delete (d as Partial<typeof d>).meta, "must have required property 'meta'"],
    ['a table missing', (d) => void delete (d as Partial<typeof d>).anomalies, "must have required property 'anomalies'"],
    ['a fingerprint that is not sha256 hex', (d) => void (d.meta.fingerprint = 'abc'), 'must match pattern'],
    ['meta.config with an unknown parameter', (d) => void Object.assign(d.meta.config as object, { colour: 'red' }), 'must NOT have additional properties'],
    ['meta.config without a parameter', (d) => void delete (d.meta.config as { wormholes?: unknown }).wormholes, "must have required property 'wormholes'"],
    ['meta.config with a parameter out of bounds', (d) => void Object.assign((d.meta.config as { galaxy: object }).galaxy, { arms: 9 }), 'must be <= 8'],
  ])('rejects %s', (_, breakIt, message) => {
    const validate = validator();
    const document = dryRunDocument();
    breakIt(document);
    expect(validate(document)).toBe(false);
    expect(validate.errors?.map((error: { message?: string }) => error.message).join('\n')).toContain(message);
  });
});

describe('the column table behind verify, the reader and the JSON Schema', () => {
  const KIND_OF_DRIZZLE: Record<string, ColumnKind> = {
    PgUUID: 'uuid',
    PgVarchar: 'varchar',
    PgText: 'text',
    PgDoublePrecision: 'double',
    PgInteger: 'integer',
    PgBoolean: 'boolean',
    PgTimestampString: 'timestamp',
    PgTimestamp: 'timestamp',
  };

  test.each(UNIVERSE_TABLES)('%s: same columns, order, types, NOT NULL and lengths as the Drizzle schema', (table) => {
    const drizzleColumns = getTableConfig(DRIZZLE_TABLES[table]).columns.filter((column) => column.name !== 'created_at');
    const fromDrizzle = drizzleColumns.map((column) => ({
      name: column.name,
      kind: KIND_OF_DRIZZLE[column.columnType],
      nullable: !column.notNull,
      maxLength: (column as { length?: number }).length,
    }));
    const ours = columnEntries(table).map(([name, spec]) => ({ name, kind: spec.kind, nullable: spec.nullable, maxLength: spec.maxLength }));
    expect(ours).toEqual(fromDrizzle);
  });

  test('covers the ten universe tables', () => {
    expect(Object.keys(UNIVERSE_COLUMN_SPECS)).toEqual([...UNIVERSE_TABLES]);
  });
});
