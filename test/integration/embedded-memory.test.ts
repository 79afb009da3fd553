// R8: a new embedded data dir starts from the pre-initialised template (src/db/pglite/template.ts),
// not PGlite's initdb (≈ 890 MB RSS on its own), so the standard preset into a new data dir stays
// within 400 MB peak RSS — measured on the spawned CLI, which reports its own peak (maxRSS).
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'eu-embedded-memory-'));

describe('standard preset into a new embedded data dir', () => {
  it('peaks under 400 MB RSS, leaves a database no other user may write, and reopens for --replace', async () => {
    const dataDir = join(work, 'pgdata');
    const args = ['generate', '--seed', 'memory', '--preset', 'standard', '--epoch', '2026-01-01T00:00:00Z', '--data-dir', dataDir, '--json', '--quiet'];
    const first = await runCli(args, { timeoutMs: 240_000 });
    expect(first.code, first.stderr).toBe(0);
    const summary = JSON.parse(first.stdout) as { peakRssMb: number; counts: { solar_systems: number } };
    expect(summary.counts.solar_systems).toBeGreaterThan(500);
    expect(summary.peakRssMb).toBeLessThan(400);
    expect(readdirSync(dataDir)).toContain('PG_VERSION');
    expect(statSync(join(dataDir, 'PG_VERSION')).mode & 0o022).toBe(0);
    // The unpacked dir is a whole database: it opens again and takes a replacement.
    const again = await runCli([...args, '--replace', '--yes'], { timeoutMs: 240_000 });
    expect(again.code, again.stderr).toBe(0);
    expect((JSON.parse(again.stdout) as { replaced: { regionsDeleted: number } }).replaced.regionsDeleted).toBeGreaterThan(0);
  }, 480_000);
});
