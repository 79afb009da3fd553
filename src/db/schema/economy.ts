// Economy & trading of echoes-schema.md (table 24): the Imperial Store catalogue. Purchases of
// these items are queued in player_inventory_items (inventory.ts).
import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, pgTable, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { referencesWithPgName, timestampDefaultNow, uuidPrimaryKey } from './common.js';
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
