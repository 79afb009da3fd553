// R1/R9: bad input gets a clear one-line error on stderr, the right exit code (2 usage/input,
// 1 runtime), nothing on stdout, no stack trace, no password — tested by spawning the CLI.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../helpers/cli.js';
import { startFakeAuthServer } from '../helpers/fake-auth-server.js';
import { postgresServerUrl } from '../helpers/db.js';

const work = mkdtempSync(join(tmpdir(), 'eu-cli-errors-'));
const packageVersion = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

function expectCleanError(result: CliResult, code: number, pattern: RegExp): void {
  expect(result.code, result.stderr).toBe(code);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trim().split('\n');
  expect(lines.length).toBeLessThanOrEqual(2);
  expect(lines[0]).toMatch(/^error: /);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
}

describe('command line basics', () => {
  it('--version prints the package version on stdout', async () => {
    const result = await runCli(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(packageVersion);
  });

  it.each(['generate', 'migrate', 'wipe', 'stats', 'verify', 'map', 'route'])('%s --help shows examples', async (command) => {
    const result = await runCli([command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`echoes-universe ${command}`);
    expect(result.stdout).toContain('Examples:');
  });

  it('an unknown command is a usage error (exit 2)', async () => {
    expectCleanError(await runCli(['genrate']), 2, /unknown command 'genrate'/);
  });

  it('an unknown flag is a usage error (exit 2)', async () => {
    expectCleanError(await runCli(['generate', '--sed', '42', '--dry-run']), 2, /unknown option '--sed'/);
  });
});

describe('bad generator input → exit 2, nothing written', () => {
  it('rejects an unknown preset, naming the valid ones', async () => {
    expectCleanError(await runCli(['generate', '--seed', '1', '--preset', 'huge', '--dry-run']), 2, /unknown preset "huge".*tiny, standard, eve/);
  });

  it('rejects an empty seed', async () => {
    expectCleanError(await runCli(['generate', '--seed', '', '--dry-run']), 2, /seed/);
  });

  it('rejects an absurd seed (control characters)', async () => {
    expectCleanError(await runCli(['generate', '--seed', 'a\u0001b', '--dry-run']), 2, /seed/);
  });

  it('rejects a config with an unknown key, naming it', async () => {
    const config = join(work, 'unknown-key.json');
    writeFileSync(config, JSON.stringify({ galaxy: { spiralArms: 4, colour: 'blue' } }));
    expectCleanError(await runCli(['generate', '--seed', '1', '--preset', 'tiny', '--config', config, '--dry-run']), 2, /colour/);
  });

  it('rejects a name PostgreSQL cannot store (NUL character), naming the key', async () => {
    const config = join(work, 'nul-name.json');
    writeFileSync(config, JSON.stringify({ names: { regions: ['Bad\u0000Name'] } }));
    expectCleanError(await runCli(['generate', '--seed', '1', '--preset', 'tiny', '--config', config, '--dry-run']), 2, /names\.regions\.0.*NUL/);
  });

  it('rejects a config that is not JSON', async () => {
    const config = join(work, 'broken.json');
    writeFileSync(config, '{ "galaxy": ');
    expectCleanError(await runCli(['generate', '--seed', '1', '--config', config, '--dry-run']), 2, /not valid JSON/);
  });

  it('rejects a missing config file', async () => {
    expectCleanError(await runCli(['generate', '--seed', '1', '--config', join(work, 'nope.json'), '--dry-run']), 2, /cannot read --config/);
  });

  it('rejects a malformed epoch', async () => {
    expectCleanError(await runCli(['generate', '--seed', '1', '--epoch', 'yesterday', '--dry-run']), 2, /--epoch "yesterday"/);
  });

  it('rejects an --out path that cannot be written and creates nothing', async () => {
    const target = join(work, 'missing-dir', 'universe.json');
    expectCleanError(await runCli(['generate', '--seed', '1', '--preset', 'tiny', '--dry-run', '--out', target]), 2, /cannot write --out/);
    expect(existsSync(target)).toBe(false);
  });

  it('wipe refuses without --yes when not on a terminal', async () => {
    expectCleanError(await runCli(['wipe', '--data-dir', join(work, 'never-created')]), 2, /--yes/);
    expect(existsSync(join(work, 'never-created'))).toBe(false);
  });
});

describe('database connection failures → exit 1, one sentence, no password', () => {
  const secret = 'Sup3rSecretPw';
  let fake: Awaited<ReturnType<typeof startFakeAuthServer>>;
  beforeAll(async () => {
    fake = await startFakeAuthServer();
  });
  afterAll(async () => {
    await fake.close();
  });

  it('an unreachable server', async () => {
    const result = await runCli(['migrate', '--database-url', `postgres://pilot:${secret}@127.0.0.1:1/echoes`]);
    expectCleanError(result, 1, /cannot reach PostgreSQL at 127\.0\.0\.1:1/);
    expect(result.stderr).not.toContain(secret);
  });

  it('a wrong password (also through DATABASE_URL)', async () => {
    const result = await runCli(['migrate'], { env: { DATABASE_URL: `postgres://pilot:${secret}@127.0.0.1:${fake.port}/echoes` } });
    expectCleanError(result, 1, /password authentication failed for user "pilot"/);
    expect(result.stderr).not.toContain(secret);
  });

  it('--verbose adds the stack trace of the cause, still without the password', async () => {
    const result = await runCli(['migrate', '--verbose', '--database-url', `postgres://pilot:${secret}@127.0.0.1:1/echoes`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: cannot reach PostgreSQL/);
    expect(result.stderr).toMatch(/\n\s+at /);
    expect(result.stderr).not.toContain(secret);
  });

  it('a URL that is not a URL is a usage error', async () => {
    expectCleanError(await runCli(['migrate', '--database-url', 'not a url']), 2, /not a valid URL/);
  });

  it('an embedded data directory that cannot be created', async () => {
    const blocker = join(work, 'a-file');
    writeFileSync(blocker, 'x');
    expectCleanError(await runCli(['migrate', '--data-dir', join(blocker, 'pgdata')]), 1, /cannot create the embedded database directory/);
  });

  it.skipIf(!postgresServerUrl())('a database that does not exist', async () => {
    const url = new URL(postgresServerUrl() as string);
    url.pathname = '/no_such_database_for_echoes';
    expectCleanError(await runCli(['migrate', '--database-url', url.toString()]), 1, /database "no_such_database_for_echoes" does not exist/);
  });
});
