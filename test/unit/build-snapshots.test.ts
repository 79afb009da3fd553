// The build's snapshots (src/snapshot.ts): `npm run build` writes the registry entries derived from
// the Drizzle schema and the zod-validated presets beside the compiled modules, so the CLI starts
// without Drizzle or zod. The built modules must serve exactly what derivation gives (key order
// too: the parameters are printed whole as meta.config), and a snapshot made from other sources
// must be ignored.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { PRESET_NAMES, validatedPreset } from '../../src/config/params.js';
import { deriveRegistry } from '../../src/db/schema/registry-derive.js';
import { readRegistrySnapshot } from '../../src/db/schema/registry.js';
import { writeSnapshot } from '../../src/snapshot.js';

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
    writeSnapshot(url, 'a'.repeat(64), entries);
    expect(asJson(readRegistrySnapshot(url, 'a'.repeat(64)) ?? [])).toEqual(asJson(deriveRegistry()));
    expect(readRegistrySnapshot(url, 'b'.repeat(64))).toBeNull();
    expect(readRegistrySnapshot(url, null)).toBeNull();
    expect(readRegistrySnapshot(pathToFileURL(join(dir, 'missing.json')), 'a'.repeat(64))).toBeNull();
  });

  test('the built resolveParams serves each preset from its snapshot, exactly as zod validates it', () => {
    const built = fileURLToPath(new URL('../../dist/config/params.js', import.meta.url));
    const script = `import(${JSON.stringify(built)}).then(async (m) => {
      const { readSnapshot } = await import(${JSON.stringify(fileURLToPath(new URL('../../dist/snapshot.js', import.meta.url)))});
      const snapshot = readSnapshot(m.PRESET_SNAPSHOT, m.presetSourcesSha256());
      process.stdout.write(JSON.stringify({ snapshot, resolved: Object.fromEntries(m.PRESET_NAMES.map((name) => [name, m.resolveParams(name, undefined, 1)])) }));
    })`;
    const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const { snapshot, resolved } = JSON.parse(result.stdout) as { snapshot: Record<string, unknown> | null; resolved: Record<string, unknown> };
    expect(snapshot).not.toBeNull();
    for (const name of PRESET_NAMES) {
      // Same keys in the same order, same values.
      expect(JSON.stringify(resolved[name])).toBe(JSON.stringify(validatedPreset(name)));
      expect(JSON.stringify(snapshot?.[name])).toBe(JSON.stringify(validatedPreset(name)));
    }
  });
});
