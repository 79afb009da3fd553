// R9 (issue 11, finding 7): hostile parameters are refused up front — exit 2, one line naming the
// key, within seconds and in bounded memory — instead of running until killed, dying of V8's
// out-of-memory, or failing late with "Infinity" / "Invalid time value". Each case runs the built
// CLI with a preloaded probe that records its peak RSS (test/helpers/rss-probe.mjs). More cases of
// each kind, in-process, are in test/unit/config-limits.test.ts.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, cliEnv } from '../helpers/cli.js';

const PROBE = fileURLToPath(new URL('../helpers/rss-probe.mjs', import.meta.url));
/**
 * A refusal happens before any work: well within this time, even on a machine so loaded that Node
 * alone takes seconds to start (the unbounded runs these cases stand for took minutes, or forever)…
 */
const REFUSAL_MS = 20_000;
/** …and this peak memory (a bare start of the CLI is ≈ 60–100 MB). */
const REFUSAL_RSS_KIB = 200 * 1024;

interface ProbedRun {
  code: number | null;
  stderr: string;
  stdout: string;
  ms: number;
  maxRssKib: number;
}

function runProbed(args: string[], probeFile: string): Promise<ProbedRun> {
  return new Promise((resolveRun, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', PROBE, BIN, ...args], {
      env: cliEnv({ RSS_PROBE_FILE: probeFile }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    // Far beyond REFUSAL_MS: a run that starts generating is killed and fails the time check.
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      let maxRssKib = Number.POSITIVE_INFINITY;
      try {
        maxRssKib = Number(readFileSync(probeFile, 'utf8'));
      } catch {
        // killed or crashed before exit: no figure, and the exit code check fails anyway
      }
      resolveRun({
        code,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        ms: performance.now() - started,
        maxRssKib,
      });
    });
  });
}

interface HostileCase {
  name: string;
  /** A --config file's exact text (JSON, or what passes for it), or none. */
  config?: string;
  args?: string[];
  preset?: string;
  /** What the one line on stderr must say (the key, or the option). */
  message: RegExp;
}

const big = (value: unknown): string => JSON.stringify(value);

const CASES: HostileCase[] = [
  { name: 'a billion systems', config: big({ systems: { count: 1e9 } }), message: /"systems\.count" \(1000000000\) must be at most 60000/ },
  { name: 'a million regions', config: big({ systems: { count: 1000 }, regions: { count: 1e6 } }), message: /"regions\.count" \(1000000\) must be at most 5000/ },
  { name: '1e8 planets per system', config: big({ planets: { count: { max: 1e8 } } }), message: /"planets\.count\.max" \(100000000\) must be at most 50/ },
  { name: '1e9 belts per planet', config: big({ belts: { perPlanet: 1e9 } }), message: /"belts\.perPlanet" \(1000000000\) must be at most 100/ },
  { name: '1e308 gate distance', config: big({ gates: { distanceAu: { min: 1e308, max: 1e308 } } }), message: /"gates\.distanceAu\.min" \(1e\+308\) must be at most 10000/ },
  { name: '1e308 wormhole lifetime', config: big({ wormholes: { lifetimeHours: { min: 1, max: 1e308 } } }), message: /"wormholes\.lifetimeHours\.max" \(1e\+308\) must be at most 8760/ },
  { name: 'a number that overflows to Infinity', config: '{"moons": {"max": 1e400}}', message: /"moons\.max" \(Infinity\) must be a finite number/ },
  { name: '__proto__ at the top', config: '{"__proto__": {"systems": {"count": 5}}}', message: /unknown key "__proto__"/ },
  { name: 'constructor', config: '{"galaxy": {"constructor": 1}}', message: /unknown key "galaxy\.constructor"/ },
  { name: 'zero systems', config: big({ systems: { count: 0 } }), message: /"systems\.count" \(0\) must be at least 1$/m },
  { name: 'a blank region name', config: big({ names: { regions: [' '] } }), message: /"names\.regions\.0" \(" "\) must not be empty or blank/ },
  { name: 'an over-long starter system (refused, not cut)', config: big({ names: { starterSystem: 'S'.repeat(41) } }), message: /"names\.starterSystem" .* must be at most 40 characters long/ },
  { name: 'one region holding 50,000 systems', config: big({ systems: { count: 50_000 }, regions: { count: 1 } }), message: /"regions\.count" \(1\) is too small: a region of up to 50,000 systems/ },
  { name: '--scale 100 of eve', preset: 'eve', args: ['--scale', '100'], message: /"systems\.count" \(after --scale 100\) is 540,000; at most 60,000/ },
  { name: 'an impossible date', args: ['--epoch', '2026-02-30T00:00:00Z'], message: /--epoch "2026-02-30T00:00:00Z" is not a real time \(day 30 of a month with 28 days\)/ },
  { name: 'an endless config (/dev/zero)', args: ['--config', '/dev/zero'], message: /--config \/dev\/zero is larger than 1,048,576 bytes/ },
];

describe('hostile parameters end in exit 2 within seconds and bounded memory (spawned CLI)', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'eu-hostile-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each(CASES.map((c, i) => [c.name, c, i] as const))('%s', async (_name, hostile, index) => {
    const args = ['generate', '--seed', '1', '--preset', hostile.preset ?? 'standard', '--dry-run', '--out', join(work, `out-${index}.json`)];
    if (hostile.config !== undefined) {
      const configPath = join(work, `config-${index}.json`);
      writeFileSync(configPath, hostile.config);
      args.push('--config', configPath);
    }
    args.push(...(hostile.args ?? []));
    const run = await runProbed(args, join(work, `rss-${index}`));
    expect(run.code, run.stderr).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines, run.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: /);
    expect(lines[0]).toMatch(hostile.message);
    expect(run.stdout).toBe('');
    expect(run.ms, `took ${Math.round(run.ms)} ms`).toBeLessThan(REFUSAL_MS);
    expect(run.maxRssKib, `peak RSS ${Math.round(run.maxRssKib / 1024)} MB`).toBeLessThan(REFUSAL_RSS_KIB);
  });
});
