// A small world of players living in a loaded universe: an account with pilots docked at
// stations and one flying in space, their ships and items in those stations, wallets, skills, a
// shop purchase, news, wiki, and a game server bound to a system. Used to prove that wipe and
// replace keep every non-universe row and re-home what pointed into the old universe.
import type { Queryable } from '../../src/db/database.js';

export const NON_UNIVERSE_TABLES = [
  'accounts',
  'characters',
  'character_locations',
  'account_sessions',
  'skills',
  'character_skills',
  'character_wallets',
  'wallet_transactions',
  'item_categories',
  'item_groups',
  'item_types_inventory',
  'assets',
  'ships',
  'shop_items',
  'player_inventory_items',
  'game_servers',
  'news_posts',
  'wiki_pages',
] as const;

export interface PlayerFixture {
  characterIds: string[];
  dockedStationIds: string[];
  stationAssetIds: string[];
  serverName: string;
}

const ids = {
  account: '00000000-0000-4000-8000-000000000001',
  pilots: ['00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-0000000000a2', '00000000-0000-4000-8000-0000000000a3'],
  skill: '00000000-0000-4000-8000-0000000000b1',
  shipType: '00000000-0000-4000-8000-0000000000c1',
  moduleType: '00000000-0000-4000-8000-0000000000c2',
  ship: '00000000-0000-4000-8000-0000000000d1',
  stack: '00000000-0000-4000-8000-0000000000d2',
  fitted: '00000000-0000-4000-8000-0000000000d3',
  shopItem: '00000000-0000-4000-8000-0000000000e1',
};

/** Inserts the fixture into a database that holds a universe with at least two stations. */
export async function insertPlayerFixture(db: Queryable): Promise<PlayerFixture> {
  const stations = await db.query<{ id: string; solar_system_id: string }>('SELECT id, solar_system_id FROM stations ORDER BY id LIMIT 2');
  const [stationA, stationB] = stations.rows;
  const region = await db.query<{ id: string }>('SELECT id FROM regions ORDER BY id LIMIT 1');
  await db.query(`INSERT INTO accounts (id, username, email, password_hash) VALUES ($1, 'pilot', 'pilot@example.com', 'x')`, [ids.account]);
  await db.query(`INSERT INTO account_sessions (account_id, refresh_token, expires_at) VALUES ($1, 'token-1', '2030-01-01')`, [ids.account]);
  for (const [index, id] of ids.pilots.entries()) {
    await db.query(`INSERT INTO characters (id, account_id, name, race_id) VALUES ($1, $2, $3, $4)`, [id, ids.account, `Pilot ${index + 1}`, index + 1]);
    await db.query(`INSERT INTO character_wallets (character_id, isk_balance) VALUES ($1, $2)`, [id, 1000 * (index + 1)]);
    await db.query(
      `INSERT INTO wallet_transactions (character_id, transaction_type, amount, balance_after, description) VALUES ($1, 'Bounty', 500, 100500, 'rat')`,
      [id],
    );
  }
  // Pilots 1 and 2 docked at two stations, pilot 3 in space in station B's system.
  await db.query(`INSERT INTO character_locations (character_id, solar_system_id, station_id, is_docked) VALUES ($1, $2, $3, TRUE)`, [
    ids.pilots[0],
    stationA.solar_system_id,
    stationA.id,
  ]);
  await db.query(`INSERT INTO character_locations (character_id, solar_system_id, station_id, is_docked) VALUES ($1, $2, $3, TRUE)`, [
    ids.pilots[1],
    stationB.solar_system_id,
    stationB.id,
  ]);
  await db.query(
    `INSERT INTO character_locations (character_id, solar_system_id, station_id, is_docked, position_x) VALUES ($1, $2, NULL, FALSE, 12345)`,
    [ids.pilots[2], stationB.solar_system_id],
  );
  await db.query(`INSERT INTO skills (id, name, rank, primary_attribute, secondary_attribute) VALUES ($1, 'Spaceship Command', 1, 'perception', 'willpower')`, [
    ids.skill,
  ]);
  await db.query(`INSERT INTO character_skills (character_id, skill_id, level, skill_points) VALUES ($1, $2, 3, 8000)`, [ids.pilots[0], ids.skill]);
  await db.query(`INSERT INTO item_types_inventory (id, type_id, name, group_id) VALUES ($1, 587, 'Rifter', 100), ($2, 2873, '125mm Gatling AutoCannon I', 200)`, [
    ids.shipType,
    ids.moduleType,
  ]);
  await db.query(
    `INSERT INTO assets (id, character_id, item_type_id, quantity, location_type, location_id, is_singleton) VALUES ($1, $2, $3, 1, 'Station', $4, TRUE)`,
    [ids.ship, ids.pilots[0], ids.shipType, stationA.id],
  );
  await db.query(`INSERT INTO assets (id, character_id, item_type_id, quantity, location_type, location_id) VALUES ($1, $2, $3, 40, 'Station', $4)`, [
    ids.stack,
    ids.pilots[1],
    ids.moduleType,
    stationB.id,
  ]);
  await db.query(
    `INSERT INTO assets (id, character_id, item_type_id, quantity, location_type, location_id, is_fitted, fitted_ship_id, slot_index) VALUES ($1, $2, $3, 1, 'Ship', $4, TRUE, $4, 0)`,
    [ids.fitted, ids.pilots[0], ids.moduleType, ids.ship],
  );
  await db.query(`INSERT INTO ships (id, ship_name) VALUES ($1, 'My Frigate')`, [ids.ship]);
  await db.query(`UPDATE characters SET active_ship_item_id = $1 WHERE id = $2`, [ids.ship, ids.pilots[0]]);
  await db.query(`INSERT INTO shop_items (id, name, price, category, item_type_id) VALUES ($1, 'Rifter Skin', 500, 'Cosmetic', $2)`, [ids.shopItem, ids.shipType]);
  await db.query(`INSERT INTO player_inventory_items (player_id, shop_item_id) VALUES ($1, $2)`, [ids.pilots[1], ids.shopItem]);
  await db.query(`INSERT INTO news_posts (title, content, author_name) VALUES ('Patch 1.2', 'Gates fixed.', 'Ops')`);
  await db.query(`INSERT INTO wiki_pages (section_name, title, content_html) VALUES ('Guides', 'Docking', '<p>Press D.</p>')`);
  await db.query(
    `INSERT INTO game_servers (server_name, server_type, ip_address, port, solar_system_id, region_id) VALUES ('node-genesis', 'DedicatedSystem', '127.0.0.1', 7777, $1, $2)`,
    [stationA.solar_system_id, region.rows[0].id],
  );
  return {
    characterIds: ids.pilots,
    dockedStationIds: [stationA.id, stationB.id],
    stationAssetIds: [ids.ship, ids.stack],
    serverName: 'node-genesis',
  };
}

/**
 * Every row of every non-universe table, as text, minus the columns a wipe or replace is allowed
 * to change (a pilot's location, an asset's location_id, a server's system/region).
 */
export async function snapshotNonUniverse(db: Queryable): Promise<Record<string, string[]>> {
  const changeable: Record<string, string[]> = {
    character_locations: ['solar_system_id', 'station_id', 'is_docked', 'position_x', 'position_y', 'position_z', 'updated_at'],
    assets: ['location_id'],
    game_servers: ['solar_system_id', 'region_id'],
  };
  const snapshot: Record<string, string[]> = {};
  for (const table of NON_UNIVERSE_TABLES) {
    const result = await db.query<Record<string, unknown>>(`SELECT * FROM ${table}`);
    snapshot[table] = result.rows
      .map((row) => {
        const kept = Object.fromEntries(Object.entries(row).filter(([column]) => !(changeable[table] ?? []).includes(column)));
        return JSON.stringify(kept);
      })
      .sort();
  }
  return snapshot;
}
