// The delete rules of echoes-schema.md, exercised on real rows (PRODUCT.md R5/R6): a region
// takes its whole subtree with it, an account takes everything its characters own, a removed
// station or system only un-docks/un-locates characters, a bought shop item cannot be deleted,
// and a game server naming a system or region blocks deleting it. PGlite always, PostgreSQL when
// TEST_DATABASE_URL/DATABASE_URL is set; one database per kind, each test with its own rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { UNIVERSE_TABLES } from '../../src/db/schema/registry.js';
import { openTestDatabase, postgresServerUrl, type TestDatabase } from '../helpers/db.js';
import {
  countPresent,
  createdCounts,
  insertPilot,
  insertRow,
  insertUniverse,
  presentCounts,
  rejectionOf,
} from './schema-fixtures.js';

const FOREIGN_KEY_VIOLATION = '23503';

describe.each(['pglite', 'postgres'] as const)('delete rules on %s', (kind) => {
  describe.skipIf(kind === 'postgres' && !postgresServerUrl())('', () => {
    let database: TestDatabase;
    let db: Database;

    beforeAll(async () => {
      database = await openTestDatabase(kind, 'eu_cascade');
      db = database.db;
      await migrate(db);
    });
    afterAll(async () => {
      await database?.dispose();
    });

    it('deleting a region removes its whole subtree and leaves other regions alone', async () => {
      const doomed = await insertUniverse(db, 'wipe-1');
      const kept = await insertUniverse(db, 'keep-1');
      await db.query('DELETE FROM regions WHERE id = $1', [doomed.regionId]);
      const gone = await presentCounts(db, doomed.ids);
      expect(Object.keys(gone)).toEqual([...UNIVERSE_TABLES]);
      expect(Object.values(gone).every((count) => count === 0)).toBe(true);
      expect(await presentCounts(db, kept.ids)).toEqual(createdCounts(kept.ids));
    });

    it('deleting an account removes its characters and everything they own, and nothing else', async () => {
      const home = await insertUniverse(db, 'acct-home');
      const doomed = await insertPilot(db, 'leaver', home);
      const kept = await insertPilot(db, 'stayer', home);
      await db.query('DELETE FROM accounts WHERE id = $1', [doomed.accountId]);
      const gone = await presentCounts(db, doomed.owned);
      expect(gone).toEqual(Object.fromEntries(Object.keys(doomed.owned).map((table) => [table, 0])));
      // Catalogue rows (skills, item types, shop items) and the universe outlive the pilot.
      expect(await presentCounts(db, doomed.catalogue)).toEqual(createdCounts(doomed.catalogue));
      expect(await presentCounts(db, home.ids)).toEqual(createdCounts(home.ids));
      expect(await presentCounts(db, kept.owned)).toEqual(createdCounts(kept.owned));
    });

    it('deleting a station un-docks its characters (station_id NULL) and keeps them', async () => {
      const home = await insertUniverse(db, 'undock');
      const pilot = await insertPilot(db, 'docked', home);
      await db.query('DELETE FROM stations WHERE id = $1', [home.stationId]);
      const location = await db.query<{ station_id: string | null; solar_system_id: string | null }>(
        'SELECT station_id, solar_system_id FROM character_locations WHERE id = $1',
        [pilot.locationId],
      );
      expect(location.rows).toEqual([{ station_id: null, solar_system_id: home.systemId }]);
      expect(await presentCounts(db, pilot.owned)).toEqual(createdCounts(pilot.owned));
    });

    it('wiping the region a character is docked in keeps the character with a NULL system and station', async () => {
      const home = await insertUniverse(db, 'rehome');
      const pilot = await insertPilot(db, 'stranded', home);
      await db.query('DELETE FROM regions WHERE id = $1', [home.regionId]);
      const location = await db.query<{ station_id: string | null; solar_system_id: string | null }>(
        'SELECT station_id, solar_system_id FROM character_locations WHERE id = $1',
        [pilot.locationId],
      );
      expect(location.rows).toEqual([{ station_id: null, solar_system_id: null }]);
      // assets.location_id is not a foreign key: it keeps naming the vanished station.
      const ship = await db.query<{ location_id: string }>('SELECT location_id::text AS location_id FROM assets WHERE id = $1', [pilot.shipId]);
      expect(ship.rows).toEqual([{ location_id: home.stationId }]);
      expect(await presentCounts(db, pilot.owned)).toEqual(createdCounts(pilot.owned));
    });

    it('a shop item that was bought cannot be deleted; an unbought one can', async () => {
      const pilot = await insertPilot(db, 'shopper');
      const rejection = await rejectionOf(db.query('DELETE FROM shop_items WHERE id = $1', [pilot.shopItemId]));
      expect(rejection).toMatchObject({ code: FOREIGN_KEY_VIOLATION, constraint: 'player_inventory_items_shop_item_id_fkey' });
      expect(await countPresent(db, 'shop_items', [pilot.shopItemId])).toBe(1);

      const unbought = await insertRow(db, 'shop_items', { name: 'Unbought bundle', price: 5 });
      await db.query('DELETE FROM shop_items WHERE id = $1', [unbought]);
      expect(await countPresent(db, 'shop_items', [unbought])).toBe(0);
    });

    it('a game server naming a system blocks deleting that system and its region', async () => {
      const universe = await insertUniverse(db, 'served-system');
      await insertRow(db, 'game_servers', {
        server_name: 'dedicated-1',
        server_type: 'DedicatedSystem',
        ip_address: '10.0.0.1',
        port: 7777,
        solar_system_id: universe.systemId,
      });
      const systemDelete = await rejectionOf(db.query('DELETE FROM solar_systems WHERE id = $1', [universe.systemId]));
      expect(systemDelete).toMatchObject({ code: FOREIGN_KEY_VIOLATION, constraint: 'game_servers_solar_system_id_fkey' });
      const regionDelete = await rejectionOf(db.query('DELETE FROM regions WHERE id = $1', [universe.regionId]));
      expect(regionDelete).toMatchObject({ code: FOREIGN_KEY_VIOLATION, constraint: 'game_servers_solar_system_id_fkey' });
      expect(await presentCounts(db, universe.ids)).toEqual(createdCounts(universe.ids));
    });

    it('a game server naming a region blocks deleting that region', async () => {
      const universe = await insertUniverse(db, 'served-region');
      await insertRow(db, 'game_servers', {
        server_name: 'cluster-1',
        server_type: 'RegionalCluster',
        ip_address: '10.0.0.2',
        port: 7778,
        region_id: universe.regionId,
      });
      const regionDelete = await rejectionOf(db.query('DELETE FROM regions WHERE id = $1', [universe.regionId]));
      expect(regionDelete).toMatchObject({ code: FOREIGN_KEY_VIOLATION, constraint: 'game_servers_region_id_fkey' });
      expect(await presentCounts(db, universe.ids)).toEqual(createdCounts(universe.ids));
    });

    it('deleting the active ship clears characters.active_ship_item_id and removes its ships row and fitted modules', async () => {
      const pilot = await insertPilot(db, 'shipless');
      await db.query('DELETE FROM assets WHERE id = $1', [pilot.shipId]);
      const character = await db.query<{ active_ship_item_id: string | null }>('SELECT active_ship_item_id FROM characters WHERE id = $1', [
        pilot.characterId,
      ]);
      expect(character.rows).toEqual([{ active_ship_item_id: null }]);
      expect(await countPresent(db, 'ships', [pilot.shipId])).toBe(0);
      expect(await countPresent(db, 'assets', [pilot.moduleId])).toBe(0);
    });
  });
});
