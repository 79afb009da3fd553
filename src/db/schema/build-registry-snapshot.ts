// Run by `npm run build` (after tsc): writes the registry entries derived from the Drizzle schema
// (registry-derive.ts) to dist/db/schema/registry-snapshot.json, with a sha256 of the compiled
// modules they came from. registry.ts serves the snapshot while those modules are unchanged, so
// start-up need not load Drizzle. Derived here, never from an existing snapshot.
import { renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deriveRegistry } from './registry-derive.js';
import { REGISTRY_SNAPSHOT, registrySourcesSha256, type RegistrySnapshot } from './registry.js';

const sourcesSha256 = registrySourcesSha256();
if (sourcesSha256 === null) throw new Error('the registry snapshot is made from the compiled modules; run it from dist/');
const snapshot: RegistrySnapshot = {
  sourcesSha256,
  entries: deriveRegistry().map((entry) => ({ ...entry, timestampColumns: [...entry.timestampColumns] })),
};
const path = fileURLToPath(REGISTRY_SNAPSHOT);
writeFileSync(`${path}.tmp`, JSON.stringify(snapshot, null, 1) + '\n');
renameSync(`${path}.tmp`, path);
