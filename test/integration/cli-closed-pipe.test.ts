// A reader that goes away early (`echoes-universe stats --json | head -c 0`): the tool does not
// crash with a stack trace on EPIPE. Commands whose output is a summary or a picture end
// normally (exit 0, nothing on stderr); a dry run says the universe JSON was not written in full
// (exit 1, one line), since a truncated universe must not pass for a whole one.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, cliEnv } from '../helpers/cli.js';

/** Runs the CLI with its stdout closed by the reader before anything is written. */
function runWithClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: cliEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolveRun({ code, stderr }));
  });
}

describe('stdout closed by the reader', () => {
  it.each([
    ['stats --json', ['stats', '--seed', '42', '--preset', 'tiny', '--json']],
    ['map (SVG on stdout)', ['map', '--seed', '42', '--preset', 'tiny']],
    ['route', ['route', 'Genesis Prime', 'Genesis Prime', '--seed', '42', '--preset', 'tiny', '--quiet']],
  ])('%s: exit 0, no stack trace', async (_name, args) => {
    const run = await runWithClosedStdout(args);
    expect(run.stderr).not.toMatch(/EPIPE|at .*\.js:\d+/);
    expect(run.code, run.stderr).toBe(0);
  });

  it('a dry run: exit 1 with one line saying the JSON was not written', async () => {
    const run = await runWithClosedStdout(['generate', '--seed', '42', '--preset', 'tiny', '--dry-run', '--quiet']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('error: cannot write the universe JSON (the reader closed the pipe)\n');
  });
});
