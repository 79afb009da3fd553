// Universe tables in the order readUniverseFromDb returns them (rows sorted by id), so a
// database's contents can be compared with generated tables.
import { UNIVERSE_TABLES } from '../../src/db/schema/registry.js';
import type { UniverseTables } from '../../src/universe/rows.js';

export function sortedById(tables: UniverseTables): UniverseTables {
  const sorted = { ...tables };
  for (const table of UNIVERSE_TABLES) {
    (sorted[table] as { id: string }[]) = [...(tables[table] as { id: string }[])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return sorted;
}
