// Character & account system of echoes-schema.md (tables 1–7): accounts, characters, their
// location, sessions, trained skills, wallets and the wallet audit trail. Everything here hangs
// off accounts by ON DELETE CASCADE, so deleting an account removes the whole subtree.
// characters.active_ship_item_id → assets(id) is the one circular reference of the schema
// (assets references characters); drizzle-kit creates both tables first and adds the FKs after.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  unique,
  uuid,
  varchar,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { referencesWithPgName, timestampColumn, timestampDefaultNow, uuidPrimaryKey } from './common.js';
// The schema's own foreign-key cycle (characters.active_ship_item_id -> assets, assets.character_id -> characters).
// eslint-disable-next-line import-x/no-cycle
import { assets } from './inventory.js';
import { skills } from './skills.js';
import { solarSystems, stations } from './universe.js';

export const accounts = pgTable(
  'accounts',
  {
    id: uuidPrimaryKey(),
    username: varchar('username', { length: 50 }).notNull().unique('accounts_username_key'),
    email: varchar('email', { length: 255 }).notNull().unique('accounts_email_key'),
    passwordHash: text('password_hash').notNull(),
    isAdmin: boolean('is_admin').default(false),
    createdAt: timestampDefaultNow('created_at'),
    lastLogin: timestampColumn('last_login'),
    isActive: boolean('is_active').default(true),
  },
  (t) => [
    check('chk_email_format', sql`${t.email} ~* '^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Z|a-z]{2,}$'`),
    index('idx_accounts_username').on(t.username),
    index('idx_accounts_email').on(t.email),
  ],
);

export const characters = pgTable(
  'characters',
  {
    id: uuidPrimaryKey(),
    accountId: uuid('account_id').notNull(),
    name: varchar('name', { length: 100 }).notNull().unique('characters_name_key'),
    /** 1=Caldari, 2=Gallente, 3=Amarr, 4=Minmatar */
    raceId: integer('race_id').notNull(),
    corporationId: uuid('corporation_id'),
    intelligence: integer('intelligence').default(20),
    perception: integer('perception').default(20),
    charisma: integer('charisma').default(20),
    willpower: integer('willpower').default(20),
    memory: integer('memory').default(20),
    walletBalance: bigint('wallet_balance', { mode: 'number' }).default(100000),
    totalCreditsEarned: bigint('total_credits_earned', { mode: 'number' }).default(0),
    totalCreditsLost: bigint('total_credits_lost', { mode: 'number' }).default(0),
    totalSkillPoints: bigint('total_skill_points', { mode: 'number' }).default(0),
    unallocatedSkillPoints: bigint('unallocated_skill_points', { mode: 'number' }).default(50000),
    totalKills: integer('total_kills').default(0),
    totalDeaths: integer('total_deaths').default(0),
    shipsDestroyed: integer('ships_destroyed').default(0),
    shipsLost: integer('ships_lost').default(0),
    /** -10.0 (criminal) … +10.0 (lawful) */
    securityStatus: doublePrecision('security_status').default(0.0),
    activeShipItemId: uuid('active_ship_item_id'),
    createdAt: timestampDefaultNow('created_at'),
  },
  (t) => [
    referencesWithPgName(t.accountId, accounts.id, 'cascade'),
    referencesWithPgName(t.activeShipItemId, (): AnyPgColumn => assets.id, 'set null'),
    check(
      'chk_attributes',
      sql`${t.intelligence} BETWEEN 20 AND 50 AND ${t.perception} BETWEEN 20 AND 50 AND ${t.charisma} BETWEEN 20 AND 50 AND ${t.willpower} BETWEEN 20 AND 50 AND ${t.memory} BETWEEN 20 AND 50`,
    ),
    check('chk_security_status', sql`${t.securityStatus} BETWEEN -10.0 AND 10.0`),
    index('idx_characters_account_id').on(t.accountId),
    index('idx_characters_name').on(t.name),
    index('idx_characters_active_ship').on(t.activeShipItemId),
  ],
);

export const characterLocations = pgTable(
  'character_locations',
  {
    id: uuidPrimaryKey(),
    characterId: uuid('character_id').notNull().unique('character_locations_character_id_key'),
    solarSystemId: uuid('solar_system_id'),
    stationId: uuid('station_id'),
    positionX: doublePrecision('position_x').default(0),
    positionY: doublePrecision('position_y').default(0),
    positionZ: doublePrecision('position_z').default(0),
    rotationPitch: doublePrecision('rotation_pitch').default(0),
    rotationYaw: doublePrecision('rotation_yaw').default(0),
    rotationRoll: doublePrecision('rotation_roll').default(0),
    /** true = in a station, false = in space */
    isDocked: boolean('is_docked').default(true),
    updatedAt: timestampDefaultNow('updated_at'),
  },
  (t) => [
    referencesWithPgName(t.characterId, characters.id, 'cascade'),
    referencesWithPgName(t.solarSystemId, solarSystems.id, 'set null'),
    // The document's prose says RESTRICT; its CREATE TABLE says SET NULL, and the CREATE TABLE
    // wins (PRODUCT.md R5): a RESTRICT would make every universe wipe fail while anyone is docked.
    referencesWithPgName(t.stationId, stations.id, 'set null'),
    index('idx_character_locations_character_id').on(t.characterId),
    index('idx_character_locations_system').on(t.solarSystemId),
    index('idx_character_locations_station').on(t.stationId),
  ],
);

export const accountSessions = pgTable(
  'account_sessions',
  {
    id: uuidPrimaryKey(),
    accountId: uuid('account_id').notNull(),
    refreshToken: text('refresh_token').notNull().unique('account_sessions_refresh_token_key'),
    expiresAt: timestampColumn('expires_at').notNull(),
    createdAt: timestampDefaultNow('created_at'),
    /** IPv4 or IPv6 */
    ipAddress: varchar('ip_address', { length: 45 }),
    userAgent: text('user_agent'),
  },
  (t) => [
    referencesWithPgName(t.accountId, accounts.id, 'cascade'),
    index('idx_account_sessions_account_id').on(t.accountId),
    index('idx_account_sessions_token').on(t.refreshToken),
    index('idx_account_sessions_expires').on(t.expiresAt),
  ],
);

export const characterSkills = pgTable(
  'character_skills',
  {
    id: uuidPrimaryKey(),
    characterId: uuid('character_id').notNull(),
    skillId: uuid('skill_id').notNull(),
    level: integer('level').notNull().default(1),
    skillPoints: bigint('skill_points', { mode: 'number' }).notNull().default(0),
  },
  (t) => [
    referencesWithPgName(t.characterId, characters.id, 'cascade'),
    referencesWithPgName(t.skillId, skills.id, 'cascade'),
    check('chk_skill_level', sql`${t.level} BETWEEN 1 AND 5`),
    unique('uq_character_skill').on(t.characterId, t.skillId),
    index('idx_character_skills_character_id').on(t.characterId),
    index('idx_character_skills_skill_id').on(t.skillId),
  ],
);

export const characterWallets = pgTable(
  'character_wallets',
  {
    id: uuidPrimaryKey(),
    characterId: uuid('character_id').notNull().unique('character_wallets_character_id_key'),
    iskBalance: bigint('isk_balance', { mode: 'number' }).default(0),
    plexBalance: integer('plex_balance').default(0),
    loyaltyPoints: integer('loyalty_points').default(0),
    updatedAt: timestampDefaultNow('updated_at'),
  },
  (t) => [
    referencesWithPgName(t.characterId, characters.id, 'cascade'),
    index('idx_character_wallets_character_id').on(t.characterId),
  ],
);

export const walletTransactions = pgTable(
  'wallet_transactions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    characterId: uuid('character_id').notNull(),
    /** MarketBuy, MarketSell, ContractReward, MissionReward, Bounty, Insurance, Refund, … */
    transactionType: varchar('transaction_type', { length: 50 }).notNull(),
    /** positive = credit, negative = debit */
    amount: bigint('amount', { mode: 'number' }).notNull(),
    balanceAfter: bigint('balance_after', { mode: 'number' }).notNull(),
    referenceId: uuid('reference_id'),
    description: text('description'),
    createdAt: timestampDefaultNow('created_at'),
  },
  (t) => [
    referencesWithPgName(t.characterId, characters.id, 'cascade'),
    index('idx_wallet_transactions_character_id').on(t.characterId),
    index('idx_wallet_transactions_type').on(t.transactionType),
    index('idx_wallet_transactions_created').on(t.createdAt.desc().nullsFirst()),
  ],
);
