// R9 (issue 11, finding 5): an embedded data dir is one writer's at a time, even after a kill -9
// left a stale lock. Several concurrent `generate --replace` over a stale lock, repeated, end each
// time with exactly one complete universe that verify accepts; the losers say which pid holds the
// directory. (The earlier lock — one file, taken over by deleting it — let two racers that both
// found it stale delete each other's fresh lock and write the same directory at once.) Also: the
// data files are private (0600/0700), a non-empty directory that is not a database is refused, a
// damaged one gets one clear sentence. A stress test runs the built lock module in racing processes
// (test/helpers/lock-worker.mjs): the old lock let two of them hold it at once within seconds.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveParams } from '../../src/config/params.js';
import { connect } from '../../src/db/connect.js';
import { readUniverseFromDb } from '../../src/db/read.js';
import { generateTables } from '../../src/universe/generate.js';
import { BIN, runCli, startCli } from '../helpers/cli.js';
import { sortedById } from '../helpers/tables.js';

const EPOCH = '2026-01-01T00:00:00Z';
const ROUNDS = 2;
const RACERS = 2;

/** Starts a replace and kills it with SIGKILL once it holds the lock and its copy phase has begun. */
async function leaveStaleLock(dataDir: string, seed: string): Promise<void> {
  const child = startCli(['generate', '--seed', seed, '--preset', 'standard', '--epoch', EPOCH, '--data-dir', dataDir, '--replace', '--yes']);
  const exited = new Promise<void>((resolveExit) => child.on('close', () => resolveExit()));
  await new Promise<void>((resolveProgress) => child.stderr?.on('data', (chunk: Buffer) => chunk.toString().includes('generate and copy') && resolveProgress()));
  child.kill('SIGKILL');
  await exited;
}

describe('one writer per embedded data dir, even over a stale lock (spawned CLI)', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'eu-dirlock-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it(`${RACERS} concurrent --replace over a stale lock, ${ROUNDS} times, end with exactly one complete universe`, async () => {
    const dataDir = join(work, 'pgdata');
    const first = await runCli(['generate', '--seed', 'base', '--preset', 'tiny', '--epoch', EPOCH, '--data-dir', dataDir, '--quiet']);
    expect(first.code, first.stderr).toBe(0);
    for (let round = 0; round < ROUNDS; round++) {
      await leaveStaleLock(dataDir, `victim-${round}`);
      const seeds = Array.from({ length: RACERS }, (_, i) => `racer-${round}-${i}`);
      const runs = await Promise.all(
        seeds.map((seed) => runCli(['generate', '--seed', seed, '--preset', 'standard', '--epoch', EPOCH, '--data-dir', dataDir, '--replace', '--yes', '--quiet'])),
      );
      for (const run of runs) {
        if (run.code !== 0) {
          expect(run.code, run.stderr).toBe(1);
          expect(run.stderr.trim()).toMatch(/^error: another echoes-universe \(pid \d+\) is using the embedded database at /);
        }
      }
      const winners = seeds.filter((_, i) => runs[i].code === 0);
      expect(winners.length, runs.map((run) => run.stderr).join('\n')).toBeGreaterThanOrEqual(1);

      const verify = await runCli(['verify', '--data-dir', dataDir, '--quiet']);
      expect(verify.code, `round ${round}: ${verify.stdout}${verify.stderr}`).toBe(0);
      const db = await connect({ dataDir });
      try {
        const actual = JSON.stringify(await readUniverseFromDb(db));
        const matching = winners.filter(
          (seed) => JSON.stringify(sortedById(generateTables({ seed, params: resolveParams('standard', {}), epoch: new Date(EPOCH).toISOString() }))) === actual,
        );
        expect(matching, `round ${round}: the data dir holds none of ${winners.join(', ')} whole`).toHaveLength(1);
      } finally {
        await db.close();
      }
    }
    // Every claim was released: no lock is left behind.
    expect(existsSync(`${dataDir}.lock`) ? readdirSync(`${dataDir}.lock`) : []).toEqual([]);
  }, 400_000);

  it('the data dir is private: directories 0700 and files 0600 (less the umask)', () => {
    const dataDir = join(work, 'pgdata');
    const umask = process.umask(0o022);
    process.umask(umask);
    const listing = spawnSync('find', [dataDir, '(', '-type', 'd', '!', '-perm', (0o700 & ~umask).toString(8).padStart(4, '0'), ')', '-o', '(', '-type', 'f', '!', '-perm', (0o600 & ~umask).toString(8).padStart(4, '0'), ')'], {
      encoding: 'utf8',
    });
    expect(listing.status).toBe(0);
    expect(listing.stdout).toBe('');
    expect(statSync(join(dataDir, 'PG_VERSION')).mode & 0o777).toBe(0o600 & ~umask);
  });

  it('a non-empty directory that is not a database is refused and left as it was', async () => {
    const notes = join(work, 'notes');
    mkdirSync(notes);
    writeFileSync(join(notes, 'todo.txt'), 'buy milk');
    const run = await runCli(['migrate', '--data-dir', notes]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`error: ${notes} holds other files (todo.txt) and no database; give --data-dir an empty or new directory`);
    expect(readdirSync(notes)).toEqual(['todo.txt']);
  });

  it('a damaged data dir gets one clear sentence, not PGlite\'s "Aborted()"', async () => {
    const damaged = join(work, 'damaged');
    const made = await runCli(['migrate', '--data-dir', damaged, '--quiet']);
    expect(made.code, made.stderr).toBe(0);
    writeFileSync(join(damaged, 'global', 'pg_control'), Buffer.alloc(100, 0x5a));
    const run = await runCli(['stats', '--data-dir', damaged]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      `error: the embedded database at ${damaged} is damaged and cannot be opened; restore it from a backup, or remove the directory to start a new one`,
    );
  });

  it.skipIf(process.getuid?.() !== 0)('a read-only data dir says so (run as the unprivileged user "nobody"; needs root to switch)', async () => {
    const shared = mkdtempSync(join(tmpdir(), 'eu-readonly-'));
    try {
      spawnSync('chmod', ['1777', shared]);
      const dataDir = join(shared, 'pgdata');
      const made = await runCli(['migrate', '--data-dir', dataDir, '--quiet']);
      expect(made.code, made.stderr).toBe(0);
      spawnSync('chmod', ['-R', 'a+rX', dataDir]);
      const run = spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, BIN, 'stats', '--data-dir', dataDir], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, NO_COLOR: '1' },
      });
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr.trim()).toBe(
        `error: the embedded database at ${dataDir} is read-only (permission denied or a read-only file system); choose a writable --data-dir or fix its permissions`,
      );
    } finally {
      rmSync(shared, { recursive: true, force: true });
    }
  });
});

describe('the embedded lock under contention (real processes, the built lock module)', () => {
  it('never has two holders: 4 processes racing for 3 s, in 3 waves each started over a stale lock', async () => {
    const { spawn } = await import('node:child_process');
    const work = mkdtempSync(join(tmpdir(), 'eu-lockstress-'));
    const worker = fileURLToPath(new URL('../helpers/lock-worker.mjs', import.meta.url));
    const lockModule = new URL('../../dist/db/pglite/dir-lock.js', import.meta.url).href;
    const dataDir = join(work, 'pgdata');
    let acquired = 0;
    let violations = 0;
    try {
      for (let wave = 0; wave < 3; wave++) {
        const results = await Promise.all(
          Array.from({ length: 4 }, () =>
            new Promise<{ acquired: number; violations: number }>((resolveRun, reject) => {
              const child = spawn(process.execPath, [worker, lockModule, dataDir, '3000'], { stdio: ['ignore', 'pipe', 'inherit'] });
              let out = '';
              child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
              child.on('error', reject);
              child.on('close', () => resolveRun(JSON.parse(out || '{"acquired":0,"violations":0}') as { acquired: number; violations: number }));
            }),
          ),
        );
        for (const result of results) {
          acquired += result.acquired;
          violations += result.violations;
        }
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    expect(acquired).toBeGreaterThan(30);
    expect(violations).toBe(0);
  }, 120_000);
});
