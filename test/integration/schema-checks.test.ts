// The CHECK constraints of echoes-schema.md (and of `skills`, PRODUCT.md R5) accept the
// boundary values the document states and reject the values just outside them, naming the
// constraint. The fidelity test proves the constraints exist; this one proves what they say.
// Bounds are the document's: attributes 20..50, character security -10..10, system security
// 0..1, skill level 1..5, stability and damage 0..100, quantity > 0, price > 0, port
// 1024..65535, no gate to its own system, an e-mail shape; skills: rank 1..16, five attributes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { openTestDatabase, postgresServerUrl, type TestDatabase } from '../helpers/db.js';
import { insertPilot, insertRow, insertUniverse, rejectionOf } from './schema-fixtures.js';

const CHECK_VIOLATION = '23514';

/** table, column, value, and the constraint that must reject it (null = must be accepted) */
type Probe = readonly [table: string, column: string, value: unknown, rejectedBy: string | null];

const PROBES: readonly Probe[] = [
  ['accounts', 'email', 'first.last+tag@mail.example.org', null],
  ['accounts', 'email', 'not-an-email', 'chk_email_format'],
  ['accounts', 'email', 'pilot@example.c', 'chk_email_format'],
  ['characters', 'intelligence', 20, null],
  ['characters', 'intelligence', 50, null],
  ['characters', 'intelligence', 19, 'chk_attributes'],
  ['characters', 'perception', 51, 'chk_attributes'],
  ['characters', 'charisma', 19, 'chk_attributes'],
  ['characters', 'willpower', 51, 'chk_attributes'],
  ['characters', 'memory', 19, 'chk_attributes'],
  ['characters', 'security_status', -10, null],
  ['characters', 'security_status', 10, null],
  ['characters', 'security_status', -10.01, 'chk_security_status'],
  ['characters', 'security_status', 10.01, 'chk_security_status'],
  ['solar_systems', 'security_status', 0, null],
  ['solar_systems', 'security_status', 1, null],
  ['solar_systems', 'security_status', -0.01, 'chk_security_status'],
  ['solar_systems', 'security_status', 1.01, 'chk_security_status'],
  ['character_skills', 'level', 5, null],
  ['character_skills', 'level', 0, 'chk_skill_level'],
  ['character_skills', 'level', 6, 'chk_skill_level'],
  ['wormholes', 'stability', 0, null],
  ['wormholes', 'stability', 100, null],
  ['wormholes', 'stability', -0.5, 'chk_stability'],
  ['wormholes', 'stability', 100.5, 'chk_stability'],
  ['assets', 'quantity', 1, null],
  ['assets', 'quantity', 0, 'chk_quantity_positive'],
  ['ships', 'hull_damage', 100, null],
  ['ships', 'hull_damage', 100.5, 'chk_damage_percent'],
  ['ships', 'armor_damage', -1, 'chk_damage_percent'],
  ['ships', 'shield_damage', 101, 'chk_damage_percent'],
  ['shop_items', 'price', 1, null],
  ['shop_items', 'price', 0, 'chk_price_positive'],
  ['game_servers', 'port', 1024, null],
  ['game_servers', 'port', 65535, null],
  ['game_servers', 'port', 1023, 'chk_port_range'],
  ['game_servers', 'port', 65536, 'chk_port_range'],
  ['skills', 'rank', 16, null],
  ['skills', 'rank', 0, 'chk_skill_rank'],
  ['skills', 'rank', 17, 'chk_skill_rank'],
  ['skills', 'primary_attribute', 'memory', null],
  ['skills', 'primary_attribute', 'luck', 'chk_skill_primary_attribute'],
  ['skills', 'secondary_attribute', 'charisma', null],
  ['skills', 'secondary_attribute', 'Intelligence', 'chk_skill_secondary_attribute'],
];

describe.each(['pglite', 'postgres'] as const)('CHECK constraints on %s', (kind) => {
  describe.skipIf(kind === 'postgres' && !postgresServerUrl())('', () => {
    let database: TestDatabase;
    let db: Database;
    /** the row each probe updates, by table */
    const probeRow: Record<string, string> = {};

    beforeAll(async () => {
      database = await openTestDatabase(kind, 'eu_schema_checks');
      db = database.db;
      await migrate(db);
      const universe = await insertUniverse(db, 'checks');
      const pilot = await insertPilot(db, 'checks', universe);
      Object.assign(probeRow, {
        accounts: pilot.accountId,
        characters: pilot.characterId,
        solar_systems: universe.systemId,
        character_skills: pilot.owned.character_skills[0],
        wormholes: universe.ids.wormholes[0],
        assets: pilot.shipId,
        ships: pilot.shipId,
        shop_items: pilot.shopItemId,
        skills: pilot.catalogue.skills[0],
        stargates: universe.ids.stargates[0],
        game_servers: await insertRow(db, 'game_servers', { server_name: 'probe', server_type: 'DedicatedSystem', ip_address: '::1', port: 8000 }),
      });
    });
    afterAll(async () => {
      await database?.dispose();
    });

    const cases = PROBES.map(([table, column, value, rejectedBy]) => ({
      name: `${table}.${column}`,
      table,
      column,
      value,
      rejectedBy,
      outcome: rejectedBy ?? 'accepted',
    }));
    it.each(cases)('$name = $value → $outcome', async ({ table, column, value, rejectedBy }) => {
      const rejection = await rejectionOf(db.query(`UPDATE ${table} SET ${column} = $1 WHERE id = $2`, [value, probeRow[table]]));
      if (rejectedBy === null) expect(rejection).toBeUndefined();
      else expect(rejection).toMatchObject({ code: CHECK_VIOLATION, constraint: rejectedBy });
    });

    it('a stargate cannot lead to its own system (chk_no_self_gate)', async () => {
      const rejection = await rejectionOf(db.query('UPDATE stargates SET destination_system_id = solar_system_id WHERE id = $1', [probeRow.stargates]));
      expect(rejection).toMatchObject({ code: CHECK_VIOLATION, constraint: 'chk_no_self_gate' });
    });
  });
});
