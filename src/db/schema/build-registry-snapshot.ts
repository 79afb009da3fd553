// Run by `npm run build` (after tsc): writes the registry entries derived from the Drizzle schema
// (registry-derive.ts) to dist/db/schema/registry-snapshot.json, with a sha256 of the compiled
// modules they came from. registry.ts serves the snapshot while those modules are unchanged, so
// start-up need not load Drizzle. Derived here, never from an existing snapshot.
import { writeSnapshot } from '../../snapshot.js';
import { deriveRegistry } from './registry-derive.js';
import { REGISTRY_SNAPSHOT, registrySourcesSha256, type SnapshotEntry } from './registry.js';

const entries: SnapshotEntry[] = deriveRegistry().map((entry) => ({ ...entry, timestampColumns: [...entry.timestampColumns] }));
writeSnapshot(REGISTRY_SNAPSHOT, registrySourcesSha256(), entries);
