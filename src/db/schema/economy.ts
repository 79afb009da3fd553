// Economy & trading of echoes-schema.md (table 24): the Imperial Store catalogue, and the web-shop
// purchase queue (player_inventory_items, table 23 of the document's inventory section, kept here
// beside the shop it references so inventory.ts and economy.ts do not import each other). A
// purchase cascades away with its character; a purchased shop item cannot be deleted (NO ACTION).
import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, pgTable, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { characters } from './characters.js';
import { referencesWithPgName, timestampColumn, timestampDefaultNow, uuidPrimaryKey } from './common.js';
import { itemTypesInventory } from './inventory.js';

export const shopItems = pgTable(
  'shop_items',
  {
    id: uuidPrimaryKey(),
    name: varchar('name', { length: 200 }).notNull(),
    description: text('description'),
    /** credits */
    price: bigint('price', { mode: 'number' }).notNull(),
    imageUrl: varchar('image_url', { length: 500 }),
    /** Equipment, Credits, VIP, Consumables, Cosmetic */
    category: varchar('category', { length: 50 }),
    /** the in-game item this sells, when there is one */
    itemTypeId: uuid('item_type_id'),
    isActive: boolean('is_active').default(true),
    isFeatured: boolean('is_featured').default(false),
    /** NULL = unlimited */
    stockQuantity: integer('stock_quantity'),
    purchasesCount: integer('purchases_count').default(0),
    createdAt: timestampDefaultNow('created_at'),
    updatedAt: timestampDefaultNow('updated_at'),
  },
  (t) => [
    referencesWithPgName(t.itemTypeId, itemTypesInventory.id, 'no action'),
    check('chk_price_positive', sql`${t.price} > 0`),
    index('idx_shop_items_category').on(t.category),
    index('idx_shop_items_active').on(t.isActive),
    index('idx_shop_items_featured').on(t.isFeatured),
    index('idx_shop_items_item_type').on(t.itemTypeId),
  ],
);

export const playerInventoryItems = pgTable(
  'player_inventory_items',
  {
    id: uuidPrimaryKey(),
    playerId: uuid('player_id').notNull(),
    shopItemId: uuid('shop_item_id').notNull(),
    isRedeemed: boolean('is_redeemed').default(false),
    redeemedAt: timestampColumn('redeemed_at'),
    createdAt: timestampDefaultNow('created_at'),
  },
  (t) => [
    referencesWithPgName(t.playerId, characters.id, 'cascade'),
    // No ON DELETE rule in the CREATE TABLE (NO ACTION): a bought shop item cannot be deleted.
    referencesWithPgName(t.shopItemId, shopItems.id, 'no action'),
    index('idx_player_inventory_items_player_id').on(t.playerId),
    index('idx_player_inventory_items_shop_item').on(t.shopItemId),
    index('idx_player_inventory_items_redeemed').on(t.isRedeemed),
  ],
);
