// Content management of echoes-schema.md (tables 26–27): news posts and wiki pages for the
// game's website. No foreign keys; untouched by universe generation.
import { index, pgTable, text, unique, varchar } from 'drizzle-orm/pg-core';
import { timestampDefaultNow, uuidPrimaryKey } from './common.js';

export const newsPosts = pgTable(
  'news_posts',
  {
    id: uuidPrimaryKey(),
    title: varchar('title', { length: 200 }).notNull(),
    content: text('content').notNull(),
    imageUrl: varchar('image_url', { length: 500 }),
    authorName: varchar('author_name', { length: 100 }),
    createdAt: timestampDefaultNow('created_at'),
    updatedAt: timestampDefaultNow('updated_at'),
  },
  (t) => [index('idx_news_posts_created').on(t.createdAt.desc().nullsFirst())],
);

export const wikiPages = pgTable(
  'wiki_pages',
  {
    id: uuidPrimaryKey(),
    sectionName: varchar('section_name', { length: 100 }).notNull(),
    title: varchar('title', { length: 200 }).notNull(),
    contentHtml: text('content_html').notNull(),
    lastUpdatedBy: varchar('last_updated_by', { length: 100 }),
    createdAt: timestampDefaultNow('created_at'),
    updatedAt: timestampDefaultNow('updated_at'),
  },
  (t) => [
    unique('uq_wiki_page_section_title').on(t.sectionName, t.title),
    index('idx_wiki_pages_section').on(t.sectionName),
    index('idx_wiki_pages_title').on(t.title),
  ],
);
