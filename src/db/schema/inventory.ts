// Inventory & items of echoes-schema.md (tables 18–23): the static item catalogue
// (item_categories → item_groups → item_types_inventory, reference rows in seeds/reference/),
// player-owned item instances (assets, with ships extending an asset 1:1). Instances cascade
// away with their character. The web-shop purchase queue (player_inventory_items) sits beside
// the shop in economy.ts, so this file and that one do not import each other.
import { sql } from 'drizzle-orm';
import { bigint, boolean, check, doublePrecision, index, integer, pgTable, text, unique, uuid, varchar } from 'drizzle-orm/pg-core';
// The schema's own foreign-key cycle (characters.active_ship_item_id -> assets, assets.character_id -> characters).
// eslint-disable-next-line import-x/no-cycle
import { characters } from './characters.js';
import { referencesWithPgName, timestampDefaultNow, uuidPrimaryKey } from './common.js';

export const itemCategories = pgTable('item_categories', {
  id: integer('id').primaryKey(),
  name: varchar('name', { length: 100 }).notNull().unique('item_categories_name_key'),
  description: text('description'),
  icon: varchar('icon', { length: 255 }),
  published: boolean('published').default(true),
});

export const itemGroups = pgTable(
  'item_groups',
  {
    id: integer('id').primaryKey(),
    categoryId: integer('category_id').notNull(),
    name: varchar('name', { length: 100 }).notNull(),
    description: text('description'),
    published: boolean('published').default(true),
  },
  (t) => [
    referencesWithPgName(t.categoryId, itemCategories.id, 'no action'),
    unique('uq_group_name_per_category').on(t.categoryId, t.name),
  ],
);

export const itemTypesInventory = pgTable(
  'item_types_inventory',
  {
    id: uuidPrimaryKey(),
    /** static reference id */
    typeId: integer('type_id').notNull().unique('item_types_inventory_type_id_key'),
    name: varchar('name', { length: 200 }).notNull().unique('item_types_inventory_name_key'),
    groupId: integer('group_id').notNull(),
    description: text('description'),
    /** cubic metres */
    volume: doublePrecision('volume').default(0),
    /** kilograms */
    mass: doublePrecision('mass').default(0),
    /** credits */
    basePrice: bigint('base_price', { mode: 'number' }).default(0),
    icon: varchar('icon', { length: 255 }),
    published: boolean('published').default(true),
    // ship-specific
    cpuOutput: integer('cpu_output'),
    powerOutput: integer('power_output'),
    cargoCapacity: doublePrecision('cargo_capacity'),
    maxVelocity: doublePrecision('max_velocity'),
    // module-specific
    cpuRequirement: integer('cpu_requirement'),
    powerRequirement: integer('power_requirement'),
    activationCost: integer('activation_cost'),
    createdAt: timestampDefaultNow('created_at'),
  },
  (t) => [
    referencesWithPgName(t.groupId, itemGroups.id, 'no action'),
    index('idx_item_types_group_id').on(t.groupId),
    index('idx_item_types_name').on(t.name),
    index('idx_item_types_type_id').on(t.typeId),
  ],
);

export const assets = pgTable(
  'assets',
  {
    id: uuidPrimaryKey(),
    characterId: uuid('character_id').notNull(),
    itemTypeId: uuid('item_type_id').notNull(),
    quantity: integer('quantity').default(1),
    /** Station, Ship, Space */
    locationType: varchar('location_type', { length: 50 }).notNull(),
    /** a station id or a ship (asset) id; deliberately not a foreign key */
    locationId: uuid('location_id'),
    /** is this module fitted to a ship? */
    isFitted: boolean('is_fitted').default(false),
    fittedShipId: uuid('fitted_ship_id'),
    slotIndex: integer('slot_index'),
    /** true for ships, false for stackables */
    isSingleton: boolean('is_singleton').default(false),
    createdAt: timestampDefaultNow('created_at'),
  },
  (t) => [
    referencesWithPgName(t.characterId, characters.id, 'cascade'),
    referencesWithPgName(t.itemTypeId, itemTypesInventory.id, 'no action'),
    referencesWithPgName(t.fittedShipId, t.id, 'cascade'),
    check('chk_quantity_positive', sql`${t.quantity} > 0`),
    index('idx_assets_character_id').on(t.characterId),
    index('idx_assets_item_type_id').on(t.itemTypeId),
    index('idx_assets_location_id').on(t.locationId),
    index('idx_assets_fitted_ship').on(t.fittedShipId),
  ],
);

export const ships = pgTable(
  'ships',
  {
    id: uuid('id').primaryKey(),
    /** player-given name */
    shipName: varchar('ship_name', { length: 100 }),
    /** 0–100 % */
    hullDamage: doublePrecision('hull_damage').default(0),
    armorDamage: doublePrecision('armor_damage').default(0),
    shieldDamage: doublePrecision('shield_damage').default(0),
    /** 0–100 % */
    capacitorCharge: doublePrecision('capacitor_charge').default(100),
    fuelRemaining: integer('fuel_remaining').default(0),
  },
  (t) => [
    referencesWithPgName(t.id, assets.id, 'cascade'),
    check(
      'chk_damage_percent',
      sql`${t.hullDamage} BETWEEN 0 AND 100 AND ${t.armorDamage} BETWEEN 0 AND 100 AND ${t.shieldDamage} BETWEEN 0 AND 100`,
    ),
    index('idx_ships_ship_name').on(t.shipName),
  ],
);
