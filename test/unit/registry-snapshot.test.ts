// The registry snapshot (src/db/schema/build-registry-snapshot.ts): `npm run build` writes the
// entries derived from the Drizzle schema beside the compiled registry, so the CLI starts without
// Drizzle. The built registry must serve exactly the derived entries, and a snapshot made from
// other sources must be ignored.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { deriveRegistry } from '../../src/db/schema/registry-derive.js';
import { readRegistrySnapshot, type RegistrySnapshot } from '../../src/db/schema/registry.js';

const asJson = (entries: readonly { timestampColumns: ReadonlySet<string> }[]): unknown =>
  JSON.parse(JSON.stringify(entries.map((entry) => ({ ...entry, timestampColumns: [...entry.timestampColumns] }))));

describe('the registry snapshot', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eu-registry-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the built registry serves its snapshot, and it equals the entries derived from the Drizzle schema', () => {
    const built = fileURLToPath(new URL('../../dist/db/schema/registry.js', import.meta.url));
    const script = `import(${JSON.stringify(built)}).then(async (m) => {
      const served = m.readRegistrySnapshot(m.REGISTRY_SNAPSHOT, m.registrySourcesSha256());
      process.stdout.write(JSON.stringify({ fromSnapshot: served !== null, entries: m.UNIVERSE_REGISTRY.map((e) => ({ ...e, timestampColumns: [...e.timestampColumns] })) }));
    })`;
    const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const { fromSnapshot, entries } = JSON.parse(result.stdout) as { fromSnapshot: boolean; entries: unknown };
    expect(fromSnapshot).toBe(true);
    expect(entries).toEqual(asJson(deriveRegistry()));
  });

  test('a snapshot is served only when made from the same sources', () => {
    const entries = deriveRegistry().map((entry) => ({ ...entry, timestampColumns: [...entry.timestampColumns] }));
    const url = pathToFileURL(join(dir, 'snapshot.json'));
    writeFileSync(url, JSON.stringify({ sourcesSha256: 'a'.repeat(64), entries } satisfies RegistrySnapshot));
    expect(asJson(readRegistrySnapshot(url, 'a'.repeat(64)) ?? [])).toEqual(asJson(deriveRegistry()));
    expect(readRegistrySnapshot(url, 'b'.repeat(64))).toBeNull();
    expect(readRegistrySnapshot(url, null)).toBeNull();
    expect(readRegistrySnapshot(pathToFileURL(join(dir, 'missing.json')), 'a'.repeat(64))).toBeNull();
  });
});
