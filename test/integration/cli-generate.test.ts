// R1/R2/R3 through the executable: dry runs are byte-identical across processes, stdout carries
// only data, a random seed is printed so the run can be repeated, and the embedded database is
// loaded, refused and replaced as an operator would see it.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { BIN, runCli, startCli } from '../helpers/cli.js';

const sleep = (ms: number): Promise<void> => new Promise((resume) => setTimeout(resume, ms));

const work = mkdtempSync(join(tmpdir(), 'eu-cli-generate-'));
const EPOCH = '2026-03-01T12:00:00Z';

interface DryRunJson {
  meta: { seed: string; fingerprint: string; counts: Record<string, number>; epoch: string; preset: string };
  regions: { name: string }[];
}

describe('generate --dry-run', () => {
  it('is byte-identical in two separate processes, and --out holds the same bytes as stdout', async () => {
    const args = ['generate', '--seed', 'determinism', '--preset', 'tiny', '--epoch', EPOCH, '--dry-run'];
    const [first, second] = await Promise.all([runCli(args), runCli(args)]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout.length).toBeGreaterThan(1000);
    expect(second.stdout).toBe(first.stdout);
    const out = join(work, 'tiny.json');
    const toFile = await runCli([...args, '--out', out]);
    expect(toFile.code, toFile.stderr).toBe(0);
    expect(toFile.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(first.stdout);
  });

  it('differs for another seed', async () => {
    const a = await runCli(['generate', '--seed', 'one', '--preset', 'tiny', '--epoch', EPOCH, '--dry-run']);
    const b = await runCli(['generate', '--seed', 'two', '--preset', 'tiny', '--epoch', EPOCH, '--dry-run']);
    const metaA = (JSON.parse(a.stdout) as DryRunJson).meta;
    const metaB = (JSON.parse(b.stdout) as DryRunJson).meta;
    expect(metaA.fingerprint).not.toBe(metaB.fingerprint);
  });

  it('without --seed picks one, says so on stderr, and that seed repeats the run', async () => {
    const random = await runCli(['generate', '--preset', 'tiny', '--epoch', EPOCH, '--dry-run']);
    expect(random.code).toBe(0);
    const match = /seed (\d+) chosen at random/.exec(random.stderr);
    expect(match).not.toBeNull();
    const meta = (JSON.parse(random.stdout) as DryRunJson).meta;
    expect(meta.seed).toBe(match?.[1]);
    const repeat = await runCli(['generate', '--seed', meta.seed, '--preset', 'tiny', '--epoch', EPOCH, '--dry-run']);
    expect(repeat.stdout).toBe(random.stdout);
  });

  it('an integer seed and the same digits as a string are the same seed', async () => {
    const integer = await runCli(['generate', '--seed', '42', '--preset', 'tiny', '--epoch', EPOCH, '--dry-run']);
    const meta = (JSON.parse(integer.stdout) as DryRunJson).meta;
    expect(meta.seed).toBe('42');
    expect(meta.epoch).toBe('2026-03-01T12:00:00.000Z');
    expect(meta.preset).toBe('tiny');
  });
});

describe('terminal output', () => {
  const args = ['generate', '--seed', 'colour', '--preset', 'tiny', '--epoch', EPOCH, '--dry-run', '--out', join(work, 'colour.json')];

  it('colours the summary when forced, and NO_COLOR wins over FORCE_COLOR', async () => {
    const coloured = await runCli(args, { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(coloured.code).toBe(0);
    expect(coloured.stderr).toContain('\u001b[');
    const plain = await runCli(args, { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(plain.code).toBe(0);
    expect(plain.stderr).not.toContain('\u001b[');
    expect(plain.stderr).toMatch(/wrote .*colour\.json/);
  });

  it.skipIf(spawnSync('script', ['--version']).status !== 0)('draws a progress bar only on a terminal', async () => {
    const out = join(work, 'tty.json');
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} generate --seed tty --preset standard --epoch ${EPOCH} --dry-run --out ${JSON.stringify(out)}`;
    // util-linux `script` runs the command on a pseudo-terminal.
    const onTerminal = spawnSync('script', ['-qc', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(onTerminal.status).toBe(0);
    expect(onTerminal.stdout).toMatch(/generating \|[█░]+\| \d+\/8 regions/);
    const piped = await runCli(['generate', '--seed', 'tty', '--preset', 'standard', '--epoch', EPOCH, '--dry-run', '--out', out]);
    expect(piped.stderr).not.toMatch(/[█░]/);
  });

  it.skipIf(spawnSync('script', ['--version']).status !== 0)('wipe asks on a terminal, and "n" changes nothing (exit 1)', async () => {
    const dataDir = join(work, 'ask-pgdata');
    const loaded = await runCli(['generate', '--seed', 'ask', '--preset', 'tiny', '--epoch', EPOCH, '--data-dir', dataDir, '--quiet']);
    expect(loaded.code, loaded.stderr).toBe(0);
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} wipe --data-dir ${JSON.stringify(dataDir)}`;
    const answered = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', input: 'n\n', env: { ...process.env, NO_COLOR: '1' } });
    // The prompt names the target and the universe about to go.
    expect(answered.stdout.replace(/\r?\n/g, '')).toMatch(/Delete the universe in embedded database at .*ask-pgdata \(seed ask, tiny, 12 systems\)\?/);
    expect(answered.stdout).toContain('wipe cancelled; nothing was changed');
    expect(answered.status).toBe(1);
    const stats = await runCli(['stats', '--data-dir', dataDir, '--json']);
    expect((JSON.parse(stats.stdout) as { counts: { regions: number } }).counts.regions).toBe(2);
  });

  it.skipIf(spawnSync('script', ['--version']).status !== 0)('a load on a terminal names each phase, and --replace asks naming both universes', async () => {
    const dataDir = join(work, 'phases-pgdata');
    const cli = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)}`;
    const first = `${cli} generate --seed phases --preset tiny --scale 100 --epoch ${EPOCH} --data-dir ${JSON.stringify(dataDir)}`;
    const loaded = spawnSync('script', ['-qec', first, '/dev/null'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(loaded.status, loaded.stdout).toBe(0);
    // Each phase finished with a check mark and its time; the stream phase had a bar.
    for (const phase of ['generate and copy', 'rebuild indexes and constraints', 're-home', 'commit', 'analyze']) {
      expect(loaded.stdout).toMatch(new RegExp(`✔ ${phase}.* \\d+\\.\\d s`));
    }
    expect(loaded.stdout).toMatch(/generate and copy \|[█░]+\| \d+\/200 regions/);

    const replace = `${cli} generate --seed other --preset tiny --epoch ${EPOCH} --data-dir ${JSON.stringify(dataDir)} --replace`;
    const answered = spawnSync('script', ['-qec', replace, '/dev/null'], { encoding: 'utf8', input: 'n\n', env: { ...process.env, NO_COLOR: '1' } });
    expect(answered.stdout.replace(/\r?\n/g, '')).toMatch(
      /Replace the universe in embedded database at .*phases-pgdata \(seed phases, tiny, 1,200 systems\) with seed other \(tiny, 12 systems\)\?/,
    );
    expect(answered.stdout).toContain('replacement cancelled; nothing was changed');
    expect(answered.status).toBe(1);
  });

  it('--quiet prints nothing on a success', async () => {
    const quiet = await runCli([...args, '--quiet']);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe('');
  });
});

describe('one process at a time per embedded data directory', () => {
  it('a second generate on a busy data dir fails clearly; a stale lock is taken over', async () => {
    const dataDir = join(work, 'locked-pgdata');
    const first = startCli(['generate', '--seed', 'lock', '--preset', 'standard', '--epoch', EPOCH, '--data-dir', dataDir, '--quiet']);
    const firstExit = new Promise<number | null>((resolveExit) => first.on('close', (code) => resolveExit(code)));
    // Wait until the first process holds the lock (its claim is in the lock directory).
    const claimed = (): boolean => existsSync(`${dataDir}.lock`) && readdirSync(`${dataDir}.lock`).length > 0;
    for (let waitedMs = 0; !claimed() && waitedMs < 20_000; waitedMs += 50) await sleep(50);
    const second = await runCli(['generate', '--seed', 'lock', '--preset', 'tiny', '--epoch', EPOCH, '--data-dir', dataDir]);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/another echoes-universe \(pid \d+\) is using the embedded database/);
    expect(await firstExit).toBe(0);
    expect(existsSync(`${dataDir}.lock`)).toBe(false);

    // A lock file of an earlier version left by a killed process (its pid no longer runs) does not block the next run.
    writeFileSync(`${dataDir}.lock`, '999999999');
    const after = await runCli(['generate', '--seed', 'lock-2', '--preset', 'tiny', '--epoch', EPOCH, '--data-dir', dataDir, '--replace', '--yes', '--quiet']);
    expect(after.code, after.stderr).toBe(0);
  });
});

describe('generate into the embedded database', () => {
  const dataDir = join(work, 'pgdata');
  const common = ['--preset', 'tiny', '--epoch', EPOCH, '--data-dir', dataDir];

  it('loads, reports on stderr only, and its fingerprint is the dry run\'s', async () => {
    const loaded = await runCli(['generate', '--seed', 'embedded', ...common]);
    expect(loaded.code, loaded.stderr).toBe(0);
    expect(loaded.stdout).toBe('');
    expect(loaded.stderr).toMatch(/loaded seed embedded \(tiny\)/);
    const dry = await runCli(['generate', '--seed', 'embedded', '--preset', 'tiny', '--epoch', EPOCH, '--dry-run']);
    const meta = (JSON.parse(dry.stdout) as DryRunJson).meta;
    expect(loaded.stderr).toContain(meta.fingerprint);
  });

  it('refuses a second universe with exit 1, naming --replace', async () => {
    const again = await runCli(['generate', '--seed', 'other', ...common]);
    expect(again.code).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr).toMatch(/already holds a universe.*--replace/);
  });

  it('--replace --json swaps the universe and prints a machine-readable summary', async () => {
    const withoutYes = await runCli(['generate', '--seed', 'other', ...common, '--replace']);
    expect(withoutYes.code).toBe(2);
    expect(withoutYes.stderr).toMatch(/pass --yes to confirm when not on a terminal/);
    const replaced = await runCli(['generate', '--seed', 'other', ...common, '--replace', '--yes', '--json']);
    expect(replaced.code, replaced.stderr).toBe(0);
    const summary = JSON.parse(replaced.stdout) as { seed: string; replaced: { regionsDeleted: number }; counts: Record<string, number> };
    expect(summary.seed).toBe('other');
    expect(summary.replaced.regionsDeleted).toBeGreaterThan(0);
    expect(summary.counts.solar_systems).toBeGreaterThan(0);
  });
});
