// The whole database schema of echoes-schema.md (plus `skills`), one module per area of the
// document. This is the file drizzle-kit reads (drizzle.config.ts) and the single source of
// table and column names for the rest of the tool (the universe tables' registry, registry.ts,
// is derived from universe.ts).

export * from './characters.js';
export * from './universe.js';
export * from './inventory.js';
export * from './economy.js';
export * from './servers.js';
export * from './content.js';
export * from './skills.js';
