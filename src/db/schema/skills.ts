// The skill catalogue that character_skills.skill_id references. echoes-schema.md uses the table
// without defining it, so its shape is ours (PRODUCT.md R5): a unique name, a group, the rank
// (training-time multiplier, 1–16 as in EVE) and the two attributes that speed its training.
import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text, varchar } from 'drizzle-orm/pg-core';
import { timestampDefaultNow, uuidPrimaryKey } from './common.js';

/** The five character attributes (columns of `characters`) a skill may train from. */
export const SKILL_ATTRIBUTES = ['intelligence', 'perception', 'charisma', 'willpower', 'memory'] as const;
export type SkillAttribute = (typeof SKILL_ATTRIBUTES)[number];

const attributeList = sql.raw(SKILL_ATTRIBUTES.map((attribute) => `'${attribute}'`).join(', '));

export const skills = pgTable(
  'skills',
  {
    id: uuidPrimaryKey(),
    name: varchar('name', { length: 100 }).notNull().unique('skills_name_key'),
    description: text('description'),
    /** e.g. Spaceship Command, Gunnery, Navigation */
    groupName: varchar('group_name', { length: 100 }),
    /** training-time multiplier */
    rank: integer('rank').notNull().default(1),
    primaryAttribute: varchar('primary_attribute', { length: 20 }).$type<SkillAttribute>(),
    secondaryAttribute: varchar('secondary_attribute', { length: 20 }).$type<SkillAttribute>(),
    createdAt: timestampDefaultNow('created_at'),
  },
  (t) => [
    check('chk_skill_rank', sql`${t.rank} BETWEEN 1 AND 16`),
    check('chk_skill_primary_attribute', sql`${t.primaryAttribute} IN (${attributeList})`),
    check('chk_skill_secondary_attribute', sql`${t.secondaryAttribute} IN (${attributeList})`),
  ],
);
