// R7 and the README: the API honours DATABASE_URL when no `databaseUrl` is given, and falls back
// to the embedded database (./.echoes/pgdata) only when neither is set. Each case runs the built
// package in a child Node process with exactly the environment it names, in an empty working
// directory, so the parent's environment cannot leak in and an embedded fallback would show up
// as a .echoes directory there.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateUniverse } from 'echoes-universe';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchPostgres, postgresServerUrl, type ScratchDatabase } from '../helpers/db.js';

const PACKAGE_ENTRY = new URL('../../dist/index.js', import.meta.url).href;
const expected = generateUniverse({ seed: 'env-url', preset: 'tiny' });

/** Runs `loadUniverse(options)` from the built package in a child process; resolves to its exit code and stderr. */
function loadInChild(options: object, env: Record<string, string>, cwd: string): Promise<{ code: number | null; stderr: string }> {
  const script = `import { loadUniverse } from ${JSON.stringify(PACKAGE_ENTRY)};\nawait loadUniverse(${JSON.stringify(options)});\n`;
  // Only PATH and HOME from this process: DATABASE_URL is present exactly when the case says so.
  const childEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env };
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd, env: childEnv, stdio: ['ignore', 'ignore', 'pipe'] });
    const stderr: Buffer[] = [];
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolveRun({ code, stderr: Buffer.concat(stderr).toString('utf8') }));
  });
}

async function systemCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM solar_systems')).rows[0].n);
  } finally {
    await client.end();
  }
}

const workDirs: string[] = [];
function emptyWorkDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'eu-env-url-'));
  workDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of workDirs) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!postgresServerUrl())('loadUniverse and DATABASE_URL', () => {
  let scratch: ScratchDatabase;
  beforeAll(async () => {
    scratch = await createScratchPostgres('eu_env_url');
  });
  afterAll(async () => {
    await scratch?.drop();
  });

  it('with only DATABASE_URL set, loads into that PostgreSQL database (no embedded database made)', async () => {
    const cwd = emptyWorkDir();
    const run = await loadInChild({ seed: 'env-url', preset: 'tiny' }, { DATABASE_URL: scratch.url }, cwd);
    expect(run.code, run.stderr).toBe(0);
    expect(await systemCount(scratch.url)).toBe(expected.meta.counts.solar_systems);
    expect(existsSync(join(cwd, '.echoes'))).toBe(false);
  });

  it('an explicit databaseUrl wins over DATABASE_URL', async () => {
    const cwd = emptyWorkDir();
    const unreachable = 'postgres://nobody@127.0.0.1:1/nowhere';
    const run = await loadInChild({ seed: 'env-url', preset: 'tiny', databaseUrl: scratch.url, replace: true }, { DATABASE_URL: unreachable }, cwd);
    expect(run.code, run.stderr).toBe(0);
    expect(await systemCount(scratch.url)).toBe(expected.meta.counts.solar_systems);
  });
});

describe('loadUniverse with neither databaseUrl nor DATABASE_URL', () => {
  it('falls back to the embedded database in ./.echoes/pgdata', async () => {
    const cwd = emptyWorkDir();
    const run = await loadInChild({ seed: 'env-url', preset: 'tiny' }, {}, cwd);
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(join(cwd, '.echoes', 'pgdata', 'PG_VERSION'))).toBe(true);
  });
});
