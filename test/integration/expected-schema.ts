// The schema as /work/shared/spec/echoes-schema.md states it, transcribed BY HAND from the
// document's CREATE TABLE / CREATE INDEX statements (never derived from src/db/schema), so the
// fidelity test compares the migrated database with the document itself.
//
// Column specs are the document's column lines in its own words (comments dropped); the
// fidelity test parses them. Table-level constraints and indexes are listed by their names.
// Decisions where the document disagrees with itself (PRODUCT.md R5: the CREATE TABLE wins):
// - character_locations.station_id is ON DELETE SET NULL (the prose says RESTRICT);
// - shop_items → player_inventory_items has no ON DELETE rule (NO ACTION; the summary table
//   says RESTRICT, which behaves the same for a plain DELETE);
// - the "Critical Indexes" recap names idx_stargates_destination and
//   idx_wallet_transactions_character; the CREATE TABLE sections name them
//   idx_stargates_destination_id and idx_wallet_transactions_character_id, which we keep.
//   The "Query Optimization Tips" indexes (idx_shop_items_active_category,
//   idx_assets_character_location) are examples, not part of the schema.
// `skills` is not in the document; its facts come from PRODUCT.md R5 and the task brief.

export interface ExpectedTable {
  /** column → the document's column definition, e.g. 'VARCHAR(50) UNIQUE NOT NULL', in table order */
  columns: Record<string, string>;
  /** named table-level UNIQUE constraints → their columns, in order */
  uniques?: Record<string, string[]>;
  /** CHECK constraint names → the columns the check reads */
  checks?: Record<string, string[]>;
  /** CREATE INDEX names → the indexed key as the document writes it */
  indexes?: Record<string, string>;
}

const UUID_PK = 'UUID PRIMARY KEY DEFAULT gen_random_uuid()';
const CREATED_AT = 'TIMESTAMP DEFAULT NOW()';

export const EXPECTED_SCHEMA: Record<string, ExpectedTable> = {
  // ------------------------------------------------------------ 1. accounts
  accounts: {
    columns: {
      id: UUID_PK,
      username: 'VARCHAR(50) UNIQUE NOT NULL',
      email: 'VARCHAR(255) UNIQUE NOT NULL',
      password_hash: 'TEXT NOT NULL',
      is_admin: 'BOOLEAN DEFAULT FALSE',
      created_at: CREATED_AT,
      last_login: 'TIMESTAMP',
      is_active: 'BOOLEAN DEFAULT TRUE',
    },
    checks: { chk_email_format: ['email'] },
    indexes: { idx_accounts_username: 'username', idx_accounts_email: 'email' },
  },
  // ------------------------------------------------------------ 2. characters
  characters: {
    columns: {
      id: UUID_PK,
      account_id: 'UUID NOT NULL REFERENCES accounts(id) ON DELETE CASCADE',
      name: 'VARCHAR(100) UNIQUE NOT NULL',
      race_id: 'INTEGER NOT NULL',
      corporation_id: 'UUID',
      intelligence: 'INTEGER DEFAULT 20',
      perception: 'INTEGER DEFAULT 20',
      charisma: 'INTEGER DEFAULT 20',
      willpower: 'INTEGER DEFAULT 20',
      memory: 'INTEGER DEFAULT 20',
      wallet_balance: 'BIGINT DEFAULT 100000',
      total_credits_earned: 'BIGINT DEFAULT 0',
      total_credits_lost: 'BIGINT DEFAULT 0',
      total_skill_points: 'BIGINT DEFAULT 0',
      unallocated_skill_points: 'BIGINT DEFAULT 50000',
      total_kills: 'INTEGER DEFAULT 0',
      total_deaths: 'INTEGER DEFAULT 0',
      ships_destroyed: 'INTEGER DEFAULT 0',
      ships_lost: 'INTEGER DEFAULT 0',
      security_status: 'FLOAT DEFAULT 0.0',
      active_ship_item_id: 'UUID REFERENCES assets(id) ON DELETE SET NULL',
      created_at: CREATED_AT,
    },
    checks: {
      chk_attributes: ['intelligence', 'perception', 'charisma', 'willpower', 'memory'],
      chk_security_status: ['security_status'],
    },
    indexes: {
      idx_characters_account_id: 'account_id',
      idx_characters_name: 'name',
      idx_characters_active_ship: 'active_ship_item_id',
    },
  },
  // ------------------------------------------------------------ 3. character_locations
  character_locations: {
    columns: {
      id: UUID_PK,
      character_id: 'UUID UNIQUE NOT NULL REFERENCES characters(id) ON DELETE CASCADE',
      solar_system_id: 'UUID REFERENCES solar_systems(id) ON DELETE SET NULL',
      station_id: 'UUID REFERENCES stations(id) ON DELETE SET NULL',
      position_x: 'DOUBLE PRECISION DEFAULT 0',
      position_y: 'DOUBLE PRECISION DEFAULT 0',
      position_z: 'DOUBLE PRECISION DEFAULT 0',
      rotation_pitch: 'FLOAT DEFAULT 0',
      rotation_yaw: 'FLOAT DEFAULT 0',
      rotation_roll: 'FLOAT DEFAULT 0',
      is_docked: 'BOOLEAN DEFAULT TRUE',
      updated_at: 'TIMESTAMP DEFAULT NOW()',
    },
    indexes: {
      idx_character_locations_character_id: 'character_id',
      idx_character_locations_system: 'solar_system_id',
      idx_character_locations_station: 'station_id',
    },
  },
  // ------------------------------------------------------------ 4. account_sessions
  account_sessions: {
    columns: {
      id: UUID_PK,
      account_id: 'UUID NOT NULL REFERENCES accounts(id) ON DELETE CASCADE',
      refresh_token: 'TEXT UNIQUE NOT NULL',
      expires_at: 'TIMESTAMP NOT NULL',
      created_at: CREATED_AT,
      ip_address: 'VARCHAR(45)',
      user_agent: 'TEXT',
    },
    indexes: {
      idx_account_sessions_account_id: 'account_id',
      idx_account_sessions_token: 'refresh_token',
      idx_account_sessions_expires: 'expires_at',
    },
  },
  // ------------------------------------------------------------ 5. character_skills
  character_skills: {
    columns: {
      id: UUID_PK,
      character_id: 'UUID NOT NULL REFERENCES characters(id) ON DELETE CASCADE',
      skill_id: 'UUID NOT NULL REFERENCES skills(id) ON DELETE CASCADE',
      level: 'INTEGER NOT NULL DEFAULT 1',
      skill_points: 'BIGINT NOT NULL DEFAULT 0',
    },
    uniques: { uq_character_skill: ['character_id', 'skill_id'] },
    checks: { chk_skill_level: ['level'] },
    indexes: {
      idx_character_skills_character_id: 'character_id',
      idx_character_skills_skill_id: 'skill_id',
    },
  },
  // ------------------------------------------------------------ 6. character_wallets
  character_wallets: {
    columns: {
      id: UUID_PK,
      character_id: 'UUID UNIQUE NOT NULL REFERENCES characters(id) ON DELETE CASCADE',
      isk_balance: 'BIGINT DEFAULT 0',
      plex_balance: 'INTEGER DEFAULT 0',
      loyalty_points: 'INTEGER DEFAULT 0',
      updated_at: 'TIMESTAMP DEFAULT NOW()',
    },
    indexes: { idx_character_wallets_character_id: 'character_id' },
  },
  // ------------------------------------------------------------ 7. wallet_transactions
  wallet_transactions: {
    columns: {
      id: 'BIGSERIAL PRIMARY KEY',
      character_id: 'UUID NOT NULL REFERENCES characters(id) ON DELETE CASCADE',
      transaction_type: 'VARCHAR(50) NOT NULL',
      amount: 'BIGINT NOT NULL',
      balance_after: 'BIGINT NOT NULL',
      reference_id: 'UUID',
      description: 'TEXT',
      created_at: CREATED_AT,
    },
    indexes: {
      idx_wallet_transactions_character_id: 'character_id',
      idx_wallet_transactions_type: 'transaction_type',
      idx_wallet_transactions_created: 'created_at DESC',
    },
  },
  // ------------------------------------------------------------ 8. regions
  regions: {
    columns: {
      id: UUID_PK,
      name: 'VARCHAR(100) UNIQUE NOT NULL',
      description: 'TEXT',
      x_offset: 'DOUBLE PRECISION DEFAULT 0',
      y_offset: 'DOUBLE PRECISION DEFAULT 0',
      z_offset: 'DOUBLE PRECISION DEFAULT 0',
      created_at: CREATED_AT,
    },
    indexes: { idx_regions_name: 'name' },
  },
  // ------------------------------------------------------------ 9. constellations
  constellations: {
    columns: {
      id: UUID_PK,
      region_id: 'UUID NOT NULL REFERENCES regions(id) ON DELETE CASCADE',
      name: 'VARCHAR(100) NOT NULL',
      description: 'TEXT',
      x_offset: 'DOUBLE PRECISION DEFAULT 0',
      y_offset: 'DOUBLE PRECISION DEFAULT 0',
      z_offset: 'DOUBLE PRECISION DEFAULT 0',
      created_at: CREATED_AT,
    },
    uniques: { uq_constellation_name_per_region: ['region_id', 'name'] },
    indexes: { idx_constellations_region_id: 'region_id', idx_constellations_name: 'name' },
  },
  // ------------------------------------------------------------ 10. solar_systems
  solar_systems: {
    columns: {
      id: UUID_PK,
      constellation_id: 'UUID NOT NULL REFERENCES constellations(id) ON DELETE CASCADE',
      name: 'VARCHAR(100) NOT NULL',
      security_status: 'FLOAT NOT NULL DEFAULT 1.0',
      position_x: 'DOUBLE PRECISION NOT NULL',
      position_y: 'DOUBLE PRECISION NOT NULL',
      position_z: 'DOUBLE PRECISION NOT NULL',
      star_type: 'VARCHAR(50)',
      star_temperature: 'INTEGER',
      star_radius: 'DOUBLE PRECISION',
      has_station: 'BOOLEAN DEFAULT FALSE',
      has_stargate: 'BOOLEAN DEFAULT FALSE',
      created_at: CREATED_AT,
    },
    uniques: { uq_system_name_per_constellation: ['constellation_id', 'name'] },
    checks: { chk_security_status: ['security_status'] },
    indexes: {
      idx_solar_systems_constellation_id: 'constellation_id',
      idx_solar_systems_name: 'name',
      idx_solar_systems_security: 'security_status',
    },
  },
  // ------------------------------------------------------------ 11. planets
  planets: {
    columns: {
      id: UUID_PK,
      solar_system_id: 'UUID NOT NULL REFERENCES solar_systems(id) ON DELETE CASCADE',
      name: 'VARCHAR(100) NOT NULL',
      planet_type: 'VARCHAR(50) NOT NULL',
      position_x: 'DOUBLE PRECISION NOT NULL',
      position_y: 'DOUBLE PRECISION NOT NULL',
      position_z: 'DOUBLE PRECISION NOT NULL',
      radius: 'DOUBLE PRECISION NOT NULL',
      mass: 'DOUBLE PRECISION',
      orbital_period: 'DOUBLE PRECISION',
      temperature: 'INTEGER',
      has_atmosphere: 'BOOLEAN DEFAULT FALSE',
      created_at: CREATED_AT,
    },
    uniques: { uq_planet_name_per_system: ['solar_system_id', 'name'] },
    indexes: {
      idx_planets_solar_system_id: 'solar_system_id',
      idx_planets_name: 'name',
      idx_planets_type: 'planet_type',
    },
  },
  // ------------------------------------------------------------ 12. moons
  moons: {
    columns: {
      id: UUID_PK,
      planet_id: 'UUID NOT NULL REFERENCES planets(id) ON DELETE CASCADE',
      name: 'VARCHAR(100) NOT NULL',
      moon_index: 'INTEGER NOT NULL',
      position_x: 'DOUBLE PRECISION NOT NULL',
      position_y: 'DOUBLE PRECISION NOT NULL',
      position_z: 'DOUBLE PRECISION NOT NULL',
      radius: 'DOUBLE PRECISION NOT NULL',
      orbital_period: 'DOUBLE PRECISION',
      has_resources: 'BOOLEAN DEFAULT FALSE',
      created_at: CREATED_AT,
    },
    uniques: { uq_moon_index_per_planet: ['planet_id', 'moon_index'] },
    indexes: { idx_moons_planet_id: 'planet_id', idx_moons_name: 'name' },
  },
  // ------------------------------------------------------------ 13. stations
  stations: {
    columns: {
      id: UUID_PK,
      solar_system_id: 'UUID NOT NULL REFERENCES solar_systems(id) ON DELETE CASCADE',
      planet_id: 'UUID REFERENCES planets(id) ON DELETE SET NULL',
      name: 'VARCHAR(100) NOT NULL',
      station_type: 'VARCHAR(50) NOT NULL',
      position_x: 'DOUBLE PRECISION NOT NULL',
      position_y: 'DOUBLE PRECISION NOT NULL',
      position_z: 'DOUBLE PRECISION NOT NULL',
      has_market: 'BOOLEAN DEFAULT TRUE',
      has_repair: 'BOOLEAN DEFAULT TRUE',
      has_reprocessing: 'BOOLEAN DEFAULT FALSE',
      has_manufacturing: 'BOOLEAN DEFAULT FALSE',
      docking_range: 'DOUBLE PRECISION DEFAULT 5000.0',
      owner_corporation: 'UUID',
      created_at: CREATED_AT,
    },
    uniques: { uq_station_name_per_system: ['solar_system_id', 'name'] },
    indexes: {
      idx_stations_solar_system_id: 'solar_system_id',
      idx_stations_name: 'name',
      idx_stations_planet_id: 'planet_id',
    },
  },
  // ------------------------------------------------------------ 14. stargates
  stargates: {
    columns: {
      id: UUID_PK,
      solar_system_id: 'UUID NOT NULL REFERENCES solar_systems(id) ON DELETE CASCADE',
      destination_system_id: 'UUID NOT NULL REFERENCES solar_systems(id) ON DELETE CASCADE',
      name: 'VARCHAR(100) NOT NULL',
      position_x: 'DOUBLE PRECISION NOT NULL',
      position_y: 'DOUBLE PRECISION NOT NULL',
      position_z: 'DOUBLE PRECISION NOT NULL',
      activation_range: 'DOUBLE PRECISION DEFAULT 5000.0',
      jump_delay: 'FLOAT DEFAULT 3.0',
      created_at: CREATED_AT,
    },
    uniques: { uq_stargate_name_per_system: ['solar_system_id', 'name'] },
    checks: { chk_no_self_gate: ['solar_system_id', 'destination_system_id'] },
    indexes: {
      idx_stargates_solar_system_id: 'solar_system_id',
      idx_stargates_destination_id: 'destination_system_id',
    },
  },
  // ------------------------------------------------------------ 15. asteroid_belts
  asteroid_belts: {
    columns: {
      id: UUID_PK,
      solar_system_id: 'UUID NOT NULL REFERENCES solar_systems(id) ON DELETE CASCADE',
      name: 'VARCHAR(100) NOT NULL',
      belt_index: 'INTEGER NOT NULL',
      position_x: 'DOUBLE PRECISION NOT NULL',
      position_y: 'DOUBLE PRECISION NOT NULL',
      position_z: 'DOUBLE PRECISION NOT NULL',
      radius: 'DOUBLE PRECISION DEFAULT 50000.0',
      ore_type: 'VARCHAR(50)',
      respawn_time: 'INTEGER DEFAULT 3600',
      created_at: CREATED_AT,
    },
    uniques: { uq_asteroid_belt_per_system: ['solar_system_id', 'belt_index'] },
    indexes: { idx_asteroid_belts_solar_system_id: 'solar_system_id' },
  },
  // ------------------------------------------------------------ 16. anomalies
  anomalies: {
    columns: {
      id: UUID_PK,
      solar_system_id: 'UUID NOT NULL REFERENCES solar_systems(id) ON DELETE CASCADE',
      anomaly_type: 'VARCHAR(50) NOT NULL',
      difficulty: 'VARCHAR(20)',
      position_x: 'DOUBLE PRECISION NOT NULL',
      position_y: 'DOUBLE PRECISION NOT NULL',
      position_z: 'DOUBLE PRECISION NOT NULL',
      is_completed: 'BOOLEAN DEFAULT FALSE',
      respawn_time: 'INTEGER',
      created_at: CREATED_AT,
      completed_at: 'TIMESTAMP',
    },
    indexes: {
      idx_anomalies_solar_system_id: 'solar_system_id',
      idx_anomalies_type: 'anomaly_type',
      idx_anomalies_completed: 'is_completed',
    },
  },
  // ------------------------------------------------------------ 17. wormholes
  wormholes: {
    columns: {
      id: UUID_PK,
      source_system_id: 'UUID NOT NULL REFERENCES solar_systems(id) ON DELETE CASCADE',
      destination_system_id: 'UUID NOT NULL REFERENCES solar_systems(id) ON DELETE CASCADE',
      position_x: 'DOUBLE PRECISION NOT NULL',
      position_y: 'DOUBLE PRECISION NOT NULL',
      position_z: 'DOUBLE PRECISION NOT NULL',
      stability: 'FLOAT DEFAULT 100.0',
      max_mass_per_jump: 'DOUBLE PRECISION',
      total_mass_limit: 'DOUBLE PRECISION',
      expires_at: 'TIMESTAMP NOT NULL',
      created_at: CREATED_AT,
    },
    checks: { chk_stability: ['stability'] },
    indexes: {
      idx_wormholes_source_system: 'source_system_id',
      idx_wormholes_destination_system: 'destination_system_id',
      idx_wormholes_expires: 'expires_at',
    },
  },
  // ------------------------------------------------------------ 18. item_categories
  item_categories: {
    columns: {
      id: 'INTEGER PRIMARY KEY',
      name: 'VARCHAR(100) UNIQUE NOT NULL',
      description: 'TEXT',
      icon: 'VARCHAR(255)',
      published: 'BOOLEAN DEFAULT TRUE',
    },
  },
  // ------------------------------------------------------------ 19. item_groups
  item_groups: {
    columns: {
      id: 'INTEGER PRIMARY KEY',
      category_id: 'INTEGER NOT NULL REFERENCES item_categories(id)',
      name: 'VARCHAR(100) NOT NULL',
      description: 'TEXT',
      published: 'BOOLEAN DEFAULT TRUE',
    },
    uniques: { uq_group_name_per_category: ['category_id', 'name'] },
  },
  // ------------------------------------------------------------ 20. item_types_inventory
  item_types_inventory: {
    columns: {
      id: UUID_PK,
      type_id: 'INTEGER UNIQUE NOT NULL',
      name: 'VARCHAR(200) UNIQUE NOT NULL',
      group_id: 'INTEGER NOT NULL REFERENCES item_groups(id)',
      description: 'TEXT',
      volume: 'DOUBLE PRECISION DEFAULT 0',
      mass: 'DOUBLE PRECISION DEFAULT 0',
      base_price: 'BIGINT DEFAULT 0',
      icon: 'VARCHAR(255)',
      published: 'BOOLEAN DEFAULT TRUE',
      cpu_output: 'INTEGER',
      power_output: 'INTEGER',
      cargo_capacity: 'DOUBLE PRECISION',
      max_velocity: 'DOUBLE PRECISION',
      cpu_requirement: 'INTEGER',
      power_requirement: 'INTEGER',
      activation_cost: 'INTEGER',
      created_at: CREATED_AT,
    },
    indexes: {
      idx_item_types_group_id: 'group_id',
      idx_item_types_name: 'name',
      idx_item_types_type_id: 'type_id',
    },
  },
  // ------------------------------------------------------------ 21. assets
  assets: {
    columns: {
      id: UUID_PK,
      character_id: 'UUID NOT NULL REFERENCES characters(id) ON DELETE CASCADE',
      item_type_id: 'UUID NOT NULL REFERENCES item_types_inventory(id)',
      quantity: 'INTEGER DEFAULT 1',
      location_type: 'VARCHAR(50) NOT NULL',
      location_id: 'UUID',
      is_fitted: 'BOOLEAN DEFAULT FALSE',
      fitted_ship_id: 'UUID REFERENCES assets(id) ON DELETE CASCADE',
      slot_index: 'INTEGER',
      is_singleton: 'BOOLEAN DEFAULT FALSE',
      created_at: CREATED_AT,
    },
    checks: { chk_quantity_positive: ['quantity'] },
    indexes: {
      idx_assets_character_id: 'character_id',
      idx_assets_item_type_id: 'item_type_id',
      idx_assets_location_id: 'location_id',
      idx_assets_fitted_ship: 'fitted_ship_id',
    },
  },
  // ------------------------------------------------------------ 22. ships
  ships: {
    columns: {
      id: 'UUID PRIMARY KEY REFERENCES assets(id) ON DELETE CASCADE',
      ship_name: 'VARCHAR(100)',
      hull_damage: 'FLOAT DEFAULT 0',
      armor_damage: 'FLOAT DEFAULT 0',
      shield_damage: 'FLOAT DEFAULT 0',
      capacitor_charge: 'FLOAT DEFAULT 100',
      fuel_remaining: 'INTEGER DEFAULT 0',
    },
    checks: { chk_damage_percent: ['hull_damage', 'armor_damage', 'shield_damage'] },
    indexes: { idx_ships_ship_name: 'ship_name' },
  },
  // ------------------------------------------------------------ 23. player_inventory_items
  player_inventory_items: {
    columns: {
      id: UUID_PK,
      player_id: 'UUID NOT NULL REFERENCES characters(id) ON DELETE CASCADE',
      shop_item_id: 'UUID NOT NULL REFERENCES shop_items(id)',
      is_redeemed: 'BOOLEAN DEFAULT FALSE',
      redeemed_at: 'TIMESTAMP',
      created_at: CREATED_AT,
    },
    indexes: {
      idx_player_inventory_items_player_id: 'player_id',
      idx_player_inventory_items_shop_item: 'shop_item_id',
      idx_player_inventory_items_redeemed: 'is_redeemed',
    },
  },
  // ------------------------------------------------------------ 24. shop_items
  shop_items: {
    columns: {
      id: UUID_PK,
      name: 'VARCHAR(200) NOT NULL',
      description: 'TEXT',
      price: 'BIGINT NOT NULL',
      image_url: 'VARCHAR(500)',
      category: 'VARCHAR(50)',
      item_type_id: 'UUID REFERENCES item_types_inventory(id)',
      is_active: 'BOOLEAN DEFAULT TRUE',
      is_featured: 'BOOLEAN DEFAULT FALSE',
      stock_quantity: 'INTEGER',
      purchases_count: 'INTEGER DEFAULT 0',
      created_at: CREATED_AT,
      updated_at: 'TIMESTAMP DEFAULT NOW()',
    },
    checks: { chk_price_positive: ['price'] },
    indexes: {
      idx_shop_items_category: 'category',
      idx_shop_items_active: 'is_active',
      idx_shop_items_featured: 'is_featured',
      idx_shop_items_item_type: 'item_type_id',
    },
  },
  // ------------------------------------------------------------ 25. game_servers
  game_servers: {
    columns: {
      id: UUID_PK,
      server_name: 'VARCHAR(100) UNIQUE NOT NULL',
      server_type: 'VARCHAR(50) NOT NULL',
      ip_address: 'VARCHAR(45) NOT NULL',
      port: 'INTEGER NOT NULL',
      solar_system_id: 'UUID REFERENCES solar_systems(id)',
      region_id: 'UUID REFERENCES regions(id)',
      status: "VARCHAR(20) DEFAULT 'Starting'",
      current_players: 'INTEGER DEFAULT 0',
      max_players: 'INTEGER DEFAULT 100',
      jwt_token: 'TEXT',
      last_heartbeat: 'TIMESTAMP DEFAULT NOW()',
      created_at: CREATED_AT,
    },
    checks: { chk_port_range: ['port'] },
    indexes: {
      idx_game_servers_server_name: 'server_name',
      idx_game_servers_status: 'status',
      idx_game_servers_solar_system: 'solar_system_id',
      idx_game_servers_heartbeat: 'last_heartbeat',
    },
  },
  // ------------------------------------------------------------ 26. news_posts
  news_posts: {
    columns: {
      id: UUID_PK,
      title: 'VARCHAR(200) NOT NULL',
      content: 'TEXT NOT NULL',
      image_url: 'VARCHAR(500)',
      author_name: 'VARCHAR(100)',
      created_at: CREATED_AT,
      updated_at: 'TIMESTAMP DEFAULT NOW()',
    },
    indexes: { idx_news_posts_created: 'created_at DESC' },
  },
  // ------------------------------------------------------------ 27. wiki_pages
  wiki_pages: {
    columns: {
      id: UUID_PK,
      section_name: 'VARCHAR(100) NOT NULL',
      title: 'VARCHAR(200) NOT NULL',
      content_html: 'TEXT NOT NULL',
      last_updated_by: 'VARCHAR(100)',
      created_at: CREATED_AT,
      updated_at: 'TIMESTAMP DEFAULT NOW()',
    },
    uniques: { uq_wiki_page_section_title: ['section_name', 'title'] },
    indexes: { idx_wiki_pages_section: 'section_name', idx_wiki_pages_title: 'title' },
  },
  // ------------------------------------------------------------ skills (PRODUCT.md R5, not in the document)
  skills: {
    columns: {
      id: UUID_PK,
      name: 'VARCHAR(100) UNIQUE NOT NULL',
      description: 'TEXT',
      group_name: 'VARCHAR(100)',
      rank: 'INTEGER NOT NULL DEFAULT 1',
      primary_attribute: 'VARCHAR(20)',
      secondary_attribute: 'VARCHAR(20)',
      created_at: CREATED_AT,
    },
    checks: {
      chk_skill_rank: ['rank'],
      chk_skill_primary_attribute: ['primary_attribute'],
      chk_skill_secondary_attribute: ['secondary_attribute'],
    },
  },
};

/** The reference rows of the document's INSERT INTO item_categories VALUES (…). */
export const EXPECTED_ITEM_CATEGORIES: ReadonlyArray<readonly [number, string, string, string, boolean]> = [
  [1, 'Ships', 'Spaceship hulls', 'icon_ships.png', true],
  [2, 'Modules', 'Ship equipment', 'icon_modules.png', true],
  [3, 'Ammunition', 'Weapon charges', 'icon_ammo.png', true],
  [4, 'Blueprints', 'Manufacturing plans', 'icon_blueprints.png', true],
  [5, 'Resources', 'Ores and minerals', 'icon_resources.png', true],
];

/** The reference rows of the document's INSERT INTO item_groups VALUES (…). */
export const EXPECTED_ITEM_GROUPS: ReadonlyArray<readonly [number, number, string, string, boolean]> = [
  [100, 1, 'Frigates', 'Small fast ships', true],
  [101, 1, 'Cruisers', 'Medium combat ships', true],
  [102, 1, 'Battleships', 'Large combat ships', true],
  [200, 2, 'Weapons', 'Turrets and launchers', true],
  [201, 2, 'Shield Modules', 'Shield boosters and hardeners', true],
];
