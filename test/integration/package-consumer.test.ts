// The package as a library (issue 9): `npm pack` the tool, install the tarball into a scratch
// strict-TypeScript ESM project, compile a file that uses the API and run it. The compile proves
// the published .d.ts files resolve with only the declared dependencies (skipLibCheck off: a
// type package left in devDependencies fails here) and that the option types are exact — each
// `@ts-expect-error` below must meet an error, or tsc fails on the unused directive.
//
// The pack uses --ignore-scripts: `npm test` has just built dist/ (pretest), and prepack's clean
// rebuild would pull dist/ from under the CLI tests running beside this file.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { generateUniverse } from 'echoes-universe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const REPO = fileURLToPath(new URL('../..', import.meta.url));
const TSC = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');

const CONSUMER_SOURCE = `import { generateUniverse, type UniverseOptions } from 'echoes-universe';

const options: UniverseOptions = { seed: 42, preset: 'tiny', epoch: '2026-01-01T00:00:00Z', config: { galaxy: { arms: 4 } } };
const universe = generateUniverse(options);

// @ts-expect-error 'huge' is not a preset
const wrongPreset: UniverseOptions = { seed: 1, preset: 'huge' };
// @ts-expect-error a misspelt top-level config key
const misspeltKey: UniverseOptions = { seed: 1, config: { sytems: { count: 3 } } };
// @ts-expect-error a misspelt nested config key
const misspeltNested: UniverseOptions = { seed: 1, config: { galaxy: { arm: 4 } } };
// @ts-expect-error a config value of the wrong type
const wrongType: UniverseOptions = { seed: 1, config: { systems: { count: 'many' } } };

const systems: number = universe.meta.counts.solar_systems;
process.stdout.write(JSON.stringify({ fingerprint: universe.meta.fingerprint, systems, unused: [wrongPreset, misspeltKey, misspeltNested, wrongType].length }));
`;

const TSCONFIG = {
  compilerOptions: {
    strict: true,
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    skipLibCheck: false,
    outDir: 'out',
  },
  include: ['consumer.ts'],
};

let scratch: string;
let packedFiles: string[];

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'eu-consumer-'));
  const packed = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], { cwd: REPO });
  const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  packedFiles = info.files.map((file) => file.path);
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify(TSCONFIG));
  writeFileSync(join(scratch, 'consumer.ts'), CONSUMER_SOURCE);
  // From npm's cache where it can (the repo's own install filled it); the registry otherwise.
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(scratch, info.filename)], { cwd: scratch });
}, 120_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('ships the built library, its CLI and data, and neither sources nor the benchmark', () => {
    for (const path of ['LICENSE', 'README.md', 'package.json', 'bin/echoes-universe.js', 'dist/index.js', 'dist/index.d.ts', 'seeds/presets/tiny.json']) {
      expect(packedFiles).toContain(path);
    }
    expect(packedFiles.some((path) => path.startsWith('drizzle/'))).toBe(true);
    expect(packedFiles.filter((path) => /^(src|test|dist\/bench)\//.test(path))).toEqual([]);
  });

  it('compiles in a strict TypeScript ESM project (exact option types) and runs', async () => {
    const compiled = await run(process.execPath, [TSC, '-p', scratch], { cwd: scratch }).catch((error: { stdout: string }) => error);
    expect(compiled.stdout).toBe('');
    const ran = await run(process.execPath, [join(scratch, 'out', 'consumer.js')], { cwd: scratch });
    const output = JSON.parse(ran.stdout) as { fingerprint: string; systems: number };
    const here = generateUniverse({ seed: 42, preset: 'tiny', epoch: '2026-01-01T00:00:00Z' });
    expect(output).toEqual({ fingerprint: here.meta.fingerprint, systems: here.meta.counts.solar_systems, unused: 4 });
  });
});
