// Small hand-built rows for the schema's behaviour tests: one universe (a region with a
// constellation, two systems and one row in every child table) and one pilot (an account with a
// character docked somewhere, and one row in every table that hangs off the character).
// `tag` keeps names unique so several fixtures can live in one database.
import type { Queryable } from '../../src/db/database.js';

/** Ids of the rows a fixture created, by table name. */
export type FixtureIds = Record<string, string[]>;

const ORIGIN = { position_x: 0, position_y: 0, position_z: 0 };
export const FAR_FUTURE = '2030-01-01 00:00:00';

/** INSERT one row (values bound as parameters) and return its id as text. */
export async function insertRow(db: Queryable, table: string, values: Record<string, unknown>): Promise<string> {
  const columns = Object.keys(values);
  const placeholders = columns.map((_, index) => `$${index + 1}`).join(', ');
  const result = await db.query<{ id: string }>(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${placeholders}) RETURNING id::text AS id`,
    columns.map((column) => values[column]),
  );
  return result.rows[0].id;
}

/** How many of `ids` are still in `table`. */
export async function countPresent(db: Queryable, table: string, ids: readonly string[]): Promise<number> {
  const result = await db.query<{ n: number | string }>(`SELECT count(*) AS n FROM ${table} WHERE id::text = ANY($1::text[])`, [ids]);
  return Number(result.rows[0].n);
}

/** For each table of `fixture`, how many of its rows are still there. */
export async function presentCounts(db: Queryable, fixture: FixtureIds): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [table, ids] of Object.entries(fixture)) counts[table] = await countPresent(db, table, ids);
  return counts;
}

/** For each table of `fixture`, how many rows it created (what presentCounts gives when nothing was deleted). */
export function createdCounts(fixture: FixtureIds): Record<string, number> {
  return Object.fromEntries(Object.entries(fixture).map(([table, ids]) => [table, ids.length]));
}

export interface UniverseFixture {
  ids: FixtureIds;
  regionId: string;
  /** the system with the planet, station, belt and the outgoing gate and wormhole */
  systemId: string;
  stationId: string;
}

export async function insertUniverse(db: Queryable, tag: string): Promise<UniverseFixture> {
  const region = await insertRow(db, 'regions', { name: `Region ${tag}` });
  const constellation = await insertRow(db, 'constellations', { region_id: region, name: `Constellation ${tag}` });
  const systemA = await insertRow(db, 'solar_systems', { constellation_id: constellation, name: `${tag} Alpha`, security_status: 0.5, ...ORIGIN });
  const systemB = await insertRow(db, 'solar_systems', { constellation_id: constellation, name: `${tag} Beta`, security_status: 0.0, ...ORIGIN });
  const planet = await insertRow(db, 'planets', { solar_system_id: systemA, name: `${tag} Alpha I`, planet_type: 'Terrestrial', radius: 6000, ...ORIGIN });
  const moon = await insertRow(db, 'moons', { planet_id: planet, name: `${tag} Alpha I - Moon 1`, moon_index: 1, radius: 900, ...ORIGIN });
  const station = await insertRow(db, 'stations', {
    solar_system_id: systemA,
    planet_id: planet,
    name: `${tag} Alpha I - Station`,
    station_type: 'Station',
    ...ORIGIN,
  });
  const gateOut = await insertRow(db, 'stargates', { solar_system_id: systemA, destination_system_id: systemB, name: `Stargate (${tag} Beta)`, ...ORIGIN });
  const gateBack = await insertRow(db, 'stargates', { solar_system_id: systemB, destination_system_id: systemA, name: `Stargate (${tag} Alpha)`, ...ORIGIN });
  const belt = await insertRow(db, 'asteroid_belts', { solar_system_id: systemA, name: `${tag} Alpha Belt 1`, belt_index: 1, ...ORIGIN });
  const anomaly = await insertRow(db, 'anomalies', { solar_system_id: systemB, anomaly_type: 'Combat', ...ORIGIN });
  const wormhole = await insertRow(db, 'wormholes', { source_system_id: systemA, destination_system_id: systemB, expires_at: FAR_FUTURE, ...ORIGIN });
  return {
    ids: {
      regions: [region],
      constellations: [constellation],
      solar_systems: [systemA, systemB],
      planets: [planet],
      moons: [moon],
      stations: [station],
      stargates: [gateOut, gateBack],
      asteroid_belts: [belt],
      anomalies: [anomaly],
      wormholes: [wormhole],
    },
    regionId: region,
    systemId: systemA,
    stationId: station,
  };
}

export interface PilotFixture {
  /** rows owned by the account (all should go when it is deleted) */
  owned: FixtureIds;
  /** catalogue rows the pilot uses (skills, item types, shop items), which outlive it */
  catalogue: FixtureIds;
  accountId: string;
  characterId: string;
  locationId: string;
  shipId: string;
  moduleId: string;
  shopItemId: string;
  purchaseId: string;
}

/** A pilot docked at `home` (or in no place when home is omitted). Needs the reference item groups. */
export async function insertPilot(db: Queryable, tag: string, home?: { systemId: string; stationId: string }): Promise<PilotFixture> {
  const account = await insertRow(db, 'accounts', { username: `pilot_${tag}`, email: `pilot.${tag}@example.com`, password_hash: 'hash' });
  const character = await insertRow(db, 'characters', { account_id: account, name: `Pilot ${tag}`, race_id: 1 });
  const location = await insertRow(db, 'character_locations', {
    character_id: character,
    solar_system_id: home?.systemId ?? null,
    station_id: home?.stationId ?? null,
  });
  const session = await insertRow(db, 'account_sessions', { account_id: account, refresh_token: `token-${tag}`, expires_at: FAR_FUTURE });
  const skill = await insertRow(db, 'skills', { name: `Skill ${tag}`, primary_attribute: 'perception', secondary_attribute: 'willpower' });
  const characterSkill = await insertRow(db, 'character_skills', { character_id: character, skill_id: skill });
  const wallet = await insertRow(db, 'character_wallets', { character_id: character });
  const transaction = await insertRow(db, 'wallet_transactions', {
    character_id: character,
    transaction_type: 'MarketBuy',
    amount: -500,
    balance_after: 99500,
  });
  const nextTypeId = await db.query<{ n: number }>('SELECT coalesce(max(type_id), 0) + 1 AS n FROM item_types_inventory');
  const itemType = await insertRow(db, 'item_types_inventory', { type_id: nextTypeId.rows[0].n, name: `Hull ${tag}`, group_id: 100 });
  const ship = await insertRow(db, 'assets', {
    character_id: character,
    item_type_id: itemType,
    location_type: 'Station',
    location_id: home?.stationId ?? null,
    is_singleton: true,
  });
  await insertRow(db, 'ships', { id: ship, ship_name: `Ship ${tag}` });
  const module = await insertRow(db, 'assets', {
    character_id: character,
    item_type_id: itemType,
    location_type: 'Ship',
    location_id: ship,
    is_fitted: true,
    fitted_ship_id: ship,
    slot_index: 0,
  });
  await db.query('UPDATE characters SET active_ship_item_id = $1 WHERE id = $2', [ship, character]);
  const shopItem = await insertRow(db, 'shop_items', { name: `Bundle ${tag}`, price: 100, item_type_id: itemType });
  const purchase = await insertRow(db, 'player_inventory_items', { player_id: character, shop_item_id: shopItem });
  return {
    owned: {
      accounts: [account],
      characters: [character],
      character_locations: [location],
      account_sessions: [session],
      character_skills: [characterSkill],
      character_wallets: [wallet],
      wallet_transactions: [transaction],
      assets: [ship, module],
      ships: [ship],
      player_inventory_items: [purchase],
    },
    catalogue: { skills: [skill], item_types_inventory: [itemType], shop_items: [shopItem] },
    accountId: account,
    characterId: character,
    locationId: location,
    shipId: ship,
    moduleId: module,
    shopItemId: shopItem,
    purchaseId: purchase,
  };
}

/** The SQLSTATE and constraint name a statement was rejected with (undefined when it succeeded). */
export async function rejectionOf(statement: Promise<unknown>): Promise<{ code?: string; constraint?: string } | undefined> {
  try {
    await statement;
    return undefined;
  } catch (error) {
    const { code, constraint } = error as { code?: string; constraint?: string };
    return { code, constraint };
  }
}
