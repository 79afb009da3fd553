// R9 (issue 11, finding 6): --out writes a regular file atomically, but never replaces what is not
// one. A symbolic link is written through (its target gets the file; the link stays a link), a
// FIFO and a device node are written directly and stay what they are, and `--out ""` is a usage
// error. The device is made in a temporary directory (mknod c 1 3, a second /dev/null), never the
// system's own /dev/null.
import { execFileSync, spawnSync } from 'node:child_process';
import { createReadStream, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const IS_ROOT = process.getuid?.() === 0;
const dryRun = (out: string): string[] => ['generate', '--seed', '7', '--preset', 'tiny', '--epoch', '2026-01-01T00:00:00Z', '--dry-run', '--out', out, '--quiet'];

function seedOf(jsonText: string): string {
  return (JSON.parse(jsonText) as { meta: { seed: string } }).meta.seed;
}

describe('--out on special files (spawned CLI)', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'eu-out-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('a regular file is replaced whole and keeps its permissions', async () => {
    const file = join(work, 'plain.json');
    writeFileSync(file, 'old');
    chmodSync(file, 0o640);
    const run = await runCli(dryRun(file));
    expect(run.code, run.stderr).toBe(0);
    expect(seedOf(readFileSync(file, 'utf8'))).toBe('7');
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('a symbolic link is written through: its target gets the JSON and the link stays a link', async () => {
    mkdirSync(join(work, 'real'));
    const target = join(work, 'real', 'universe.json');
    writeFileSync(target, 'old');
    const link = join(work, 'link.json');
    symlinkSync(join('real', 'universe.json'), link);
    const run = await runCli(dryRun(link));
    expect(run.code, run.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(join('real', 'universe.json'));
    expect(seedOf(readFileSync(target, 'utf8'))).toBe('7');
    // A dangling link: its target is created, the link kept.
    const dangling = join(work, 'dangling.json');
    symlinkSync('created-through-link.json', dangling);
    const second = await runCli(dryRun(dangling));
    expect(second.code, second.stderr).toBe(0);
    expect(lstatSync(dangling).isSymbolicLink()).toBe(true);
    expect(seedOf(readFileSync(join(work, 'created-through-link.json'), 'utf8'))).toBe('7');
  });

  it('map --out through a symbolic link keeps the link too', async () => {
    const target = join(work, 'real-map.svg');
    const link = join(work, 'map-link.svg');
    symlinkSync('real-map.svg', link);
    const run = await runCli(['map', '--seed', '7', '--preset', 'tiny', '--out', link, '--quiet']);
    expect(run.code, run.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toMatch(/^<svg|^<\?xml/);
  });

  it('a FIFO is written directly (its reader gets the JSON) and stays a FIFO', async () => {
    const fifo = join(work, 'pipe');
    execFileSync('mkfifo', [fifo]);
    // The reader opens the FIFO as the CLI starts; both sides wait for each other, as with a shell.
    const received = new Promise<string>((resolveRead, reject) => {
      const chunks: Buffer[] = [];
      createReadStream(fifo)
        .on('data', (chunk) => chunks.push(chunk as Buffer))
        .on('end', () => resolveRead(Buffer.concat(chunks).toString('utf8')))
        .on('error', reject);
    });
    const run = await runCli(dryRun(fifo));
    expect(run.code, run.stderr).toBe(0);
    expect(seedOf(await received)).toBe('7');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it.skipIf(!IS_ROOT)('a device node is written directly and stays a device (made in the temp dir by mknod c 1 3; needs root)', async () => {
    const device = join(work, 'null-device');
    execFileSync('mknod', [device, 'c', '1', '3']);
    const before = lstatSync(device);
    const run = await runCli(dryRun(device));
    expect(run.code, run.stderr).toBe(0);
    const after = lstatSync(device);
    expect(after.isCharacterDevice()).toBe(true);
    expect(after.rdev).toBe(before.rdev);
    expect(after.ino).toBe(before.ino);
  });

  it('--out "" and --out <directory> are usage errors that create nothing', async () => {
    const empty = await runCli(dryRun(''), { cwd: work });
    expect(empty.code).toBe(2);
    expect(empty.stderr.trim()).toBe('error: --out is empty; give a file name (or leave --out out for stdout)');
    const directory = await runCli(dryRun(work));
    expect(directory.code).toBe(2);
    expect(directory.stderr.trim()).toMatch(/^error: cannot write --out .* \(it is a directory\)/);
    const mapEmpty = await runCli(['map', '--seed', '7', '--preset', 'tiny', '--out', '']);
    expect(mapEmpty.code).toBe(2);
    expect(mapEmpty.stderr).toContain('--out is empty');
    // No temporary file was left behind anywhere in the work directory.
    const listing = spawnSync('find', [work, '-name', '*.partial-*'], { encoding: 'utf8' }).stdout;
    expect(listing).toBe('');
  });
});
