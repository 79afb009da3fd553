// The CLI runs from its bundle (scripts/build-cli-bundle.mjs): bin/echoes-universe.js imports
// dist/bundle/main.js, esbuild's chunks of the compiled program, so start-up loads a few dozen
// modules instead of the hundred that dist/cli/main.js imports (≈ 0.5 ms each in Node 20's loader).
// In a chunk a module's own URL is dist/bundle/…, so every file the program reads is found through
// the package root (src/package-root.ts); the build's snapshots must still be served there, or
// start-up would load Drizzle and zod again.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, cliEnv } from '../helpers/cli.js';

const PROBE = fileURLToPath(new URL('../helpers/module-probe.mjs', import.meta.url));
const DIST = new URL('../../dist/', import.meta.url).href;

describe('the bundled CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eu-bundle-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The modules a `generate --dry-run` run of `entry` loads (after checking it succeeded). */
  function modulesLoadedBy(entry: string, name: string): string[] {
    const probeFile = join(dir, `${name}.txt`);
    const out = join(dir, `${name}.json`);
    const result = spawnSync(
      process.execPath,
      // A fixed epoch: the two runs may straddle a second, and the default epoch is now.
      ['--import', PROBE, entry, 'generate', '--preset', 'tiny', '--seed', 'bundle-1', '--epoch', '2026-01-01T00:00:00Z', '--dry-run', '--out', out, '--quiet'],
      {
        env: cliEnv({ MODULE_PROBE_FILE: probeFile }),
        encoding: 'utf8',
      },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    return readFileSync(probeFile, 'utf8').split('\n').filter(Boolean);
  }

  it('loads its own modules from dist/bundle/ only, under half as many as unbundled, without Drizzle or zod, and writes the same universe', () => {
    const shim = join(dir, 'unbundled.mjs');
    writeFileSync(shim, `import { main } from ${JSON.stringify(`${DIST}cli/main.js`)};\nmain(process.argv).then((code) => { process.exitCode = code; });\n`);
    const bundled = modulesLoadedBy(BIN, 'bundled');
    const unbundled = modulesLoadedBy(shim, 'unbundled');

    const ours = (urls: string[]) => urls.filter((url) => url.startsWith(DIST));
    expect(ours(bundled).length).toBeGreaterThan(0);
    expect(ours(bundled).filter((url) => !url.startsWith(`${DIST}bundle/`))).toEqual([]);
    expect(ours(bundled).length).toBeLessThan(ours(unbundled).length / 2);
    expect(bundled.filter((url) => /\/node_modules\/(drizzle-orm|zod)\//.test(url))).toEqual([]);
    expect(bundled).toContain(pathToFileURL(BIN).href);

    // Same version (package.json), same preset (served from the snapshot), same seeds read, same rows: the same JSON.
    const universeJson = (name: string) => readFileSync(join(dir, `${name}.json`), 'utf8');
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(universeJson('bundled')).toContain(`"version": "${version}"`);
    expect(universeJson('bundled')).toBe(universeJson('unbundled'));
  });
});
