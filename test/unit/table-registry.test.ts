// The table registry (src/db/schema/registry.ts): the universe tables are listed once, in the
// Drizzle schema, and everything else follows from it. These tests pin the order it derives, and
// prove that a table the generator leaves out fails loudly, naming the table, in every sink.
import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { resolveParams } from '../../src/config/params.js';
import { assertCoversUniverse, parentFirst, tableEntry, UNIVERSE_COLUMNS, UNIVERSE_REGISTRY, UNIVERSE_TABLES, type TableEntry } from '../../src/db/schema/registry.js';
import { UNIVERSE_COLUMN_SPECS } from '../../src/format/columns.js';
import { FingerprintBuilder, fingerprintedBatches } from '../../src/format/fingerprint.js';
import { writeUniverseJson } from '../../src/format/json-write.js';
import { GENERATED_TABLES, generateTables, planUniverse, type UniversePlan } from '../../src/universe/generate.js';

const input = { seed: 'registry', params: resolveParams('tiny', {}), epoch: '2026-01-01T00:00:00.000Z' };

/** The plan of `input` with one table's step taken away (as if nobody had written it). */
function planWithout(table: string): UniversePlan {
  const plan = planUniverse(input);
  return { ...plan, tables: plan.tables.filter((name) => name !== table), batches: () => plan.batches() };
}

describe('the registry derived from the Drizzle schema', () => {
  test('orders the ten universe tables parents first, as echoes-schema.md lists them', () => {
    expect(UNIVERSE_TABLES).toEqual([
      'regions',
      'constellations',
      'solar_systems',
      'planets',
      'moons',
      'stations',
      'stargates',
      'asteroid_belts',
      'anomalies',
      'wormholes',
    ]);
  });

  test('the built registry gives the same order under plain Node (whose module namespaces list exports alphabetically)', () => {
    const built = fileURLToPath(new URL('../../dist/db/schema/registry.js', import.meta.url));
    const script = `import(${JSON.stringify(built)}).then((m) => process.stdout.write(m.UNIVERSE_TABLES.join(',')))`;
    const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.split(',')).toEqual([...UNIVERSE_TABLES]);
  });

  test('every reference points at a table placed earlier', () => {
    for (const [index, entry] of UNIVERSE_REGISTRY.entries()) {
      for (const reference of entry.references) expect(UNIVERSE_TABLES.indexOf(reference.parent)).toBeLessThan(index);
    }
  });

  test('reads the UNIQUEs and foreign keys of echoes-schema.md', () => {
    expect(tableEntry('regions').uniques).toEqual([{ columns: ['name'], constraint: 'regions_name_key' }]);
    expect(tableEntry('moons').uniques).toEqual([{ columns: ['planet_id', 'moon_index'], constraint: 'uq_moon_index_per_planet' }]);
    expect(tableEntry('stations').references).toEqual([
      { column: 'solar_system_id', parent: 'solar_systems', nullable: false },
      { column: 'planet_id', parent: 'planets', nullable: true },
    ]);
    expect(tableEntry('wormholes').references.map((reference) => reference.column)).toEqual(['source_system_id', 'destination_system_id']);
    expect([...tableEntry('wormholes').timestampColumns]).toEqual(['expires_at']);
  });

  test('column lists leave created_at to the database', () => {
    for (const table of UNIVERSE_TABLES) expect(UNIVERSE_COLUMNS[table]).not.toContain('created_at');
    expect(UNIVERSE_COLUMNS.regions).toEqual(['id', 'name', 'description', 'x_offset', 'y_offset', 'z_offset']);
  });

  test('parentFirst puts parents before children whatever the declaration order, and refuses a cycle', () => {
    const entry = (name: string, parents: string[]): TableEntry =>
      ({ name, references: parents.map((parent) => ({ column: `${parent}_id`, parent, nullable: false })) }) as unknown as TableEntry;
    const ordered = parentFirst([entry('moons', ['planets']), entry('planets', ['systems']), entry('systems', []), entry('belts', ['systems'])]);
    expect(ordered.map((e) => e.name)).toEqual(['systems', 'planets', 'moons', 'belts']);
    expect(() => parentFirst([entry('a', ['b']), entry('b', ['a'])])).toThrow(/a, b reference each other in a cycle/);
  });
});

describe('every universe table has a generate step and a column spec', () => {
  test('the generator has one step per registry table', () => {
    expect([...GENERATED_TABLES].sort()).toEqual([...UNIVERSE_TABLES].sort());
    expect(() => assertCoversUniverse('the generator', GENERATED_TABLES)).not.toThrow();
  });

  test('a table without a step fails, naming the table', () => {
    expect(() => assertCoversUniverse('the generator', GENERATED_TABLES.filter((table) => table !== 'anomalies'))).toThrow(
      'the generator has nothing for the universe table anomalies',
    );
    expect(() => assertCoversUniverse('the generator', [...GENERATED_TABLES, 'space_whales'])).toThrow(/space_whales, which is not a universe table/);
  });

  test('every sink refuses a plan that leaves a table out, before writing anything', async () => {
    const walk = (): void => {
      for (const _ of fingerprintedBatches(planWithout('wormholes'), new FingerprintBuilder())) void _;
    };
    expect(walk).toThrow('the generator has nothing for the universe table wormholes');
    const destination = new PassThrough();
    let written = '';
    destination.on('data', (chunk: Buffer) => (written += chunk.toString()));
    await expect(writeUniverseJson(planWithout('moons'), destination, { preset: 'tiny' })).rejects.toThrow('universe table moons');
    expect(written).toBe('');
  });

  test('every table has a column spec naming exactly the columns its generated rows carry, in schema order', () => {
    const tables = generateTables(input);
    for (const table of UNIVERSE_TABLES) {
      expect(Object.keys(UNIVERSE_COLUMN_SPECS[table]), table).toEqual(UNIVERSE_COLUMNS[table]);
      expect(tables[table].length, `${table} rows in a tiny universe`).toBeGreaterThan(0);
      for (const row of tables[table]) expect(Object.keys(row), table).toEqual(UNIVERSE_COLUMNS[table]);
    }
  });
});
