// readUniverseFile: a dry-run file comes back as its meta and tables; anything else is refused
// with one clear UsageError sentence (exit 2), never a crash.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { readUniverseFile } from '../../src/format/json-read.js';
import { dryRunDocument, type DryRunDocument } from '../fixtures/dry-run.js';

const directory = mkdtempSync(join(tmpdir(), 'json-read-test-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

let fileNumber = 0;
function fileWith(text: string): string {
  const path = join(directory, `universe-${++fileNumber}.json`);
  writeFileSync(path, text);
  return path;
}

async function refusal(path: string): Promise<string> {
  const error = await readUniverseFile(path).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(UsageError);
  return (error as UsageError).message;
}

describe('readUniverseFile', () => {
  test('reads meta and every table back', async () => {
    const document = dryRunDocument();
    const { meta, tables } = await readUniverseFile(fileWith(JSON.stringify(document, null, 1)));
    expect(meta).toEqual(document.meta);
    const { meta: _meta, ...expectedTables } = document;
    expect(tables).toEqual(expectedTables);
  });

  test('a missing file', async () => {
    const path = join(directory, 'nope.json');
    expect(await refusal(path)).toBe(`cannot read "${path}": no such file; give a file written by \`echoes-universe generate --dry-run --out <file.json>\``);
  });

  test('a directory', async () => {
    expect(await refusal(directory)).toContain('it is a directory');
  });

  test('text that is not JSON', async () => {
    const path = fileWith('{"meta": {');
    expect(await refusal(path)).toMatch(new RegExp(`^"${path}" is not valid JSON \\(.+\\); give a file written by`));
  });

  test.each<[string, (document: DryRunDocument) => unknown, string]>([
    ['JSON that is not an object', () => [1, 2, 3], 'is not a dry-run universe: it holds no JSON object'],
    ['no meta', ({ meta: _meta, ...rest }) => rest, 'is not a dry-run universe: it has no "meta" object'],
    ['meta without a seed', (d) => ({ ...d, meta: { ...d.meta, seed: undefined } }), 'meta.seed is missing or not a string'],
    ['meta without counts for a table', (d) => ({ ...d, meta: { ...d.meta, counts: { ...d.meta.counts, moons: undefined } } }), 'meta.counts.moons is missing'],
    ['a table missing', ({ wormholes: _w, ...rest }) => rest, '"wormholes" is missing or not an array'],
    ['fewer rows than meta.counts', (d) => ({ ...d, moons: d.moons.slice(1) }), `meta.counts.moons says ${dryRunDocument().moons.length} rows but the file holds ${dryRunDocument().moons.length - 1}`],
    ['a row that is not an object', (d) => ({ ...d, planets: [null, ...d.planets.slice(1)] }), 'planets[0] is not an object'],
    ['a row without a column', (d) => ({ ...d, regions: d.regions.map(({ x_offset: _x, ...rest }) => rest) }), 'regions[0] has no "x_offset"'],
    ['a value of the wrong type', (d) => ({ ...d, solar_systems: d.solar_systems.map((s, i) => (i === 2 ? { ...s, security_status: 'high' } : s)) }), 'solar_systems[2].security_status must be a number, got "high"'],
    ['null in a NOT NULL column', (d) => ({ ...d, stargates: d.stargates.map((g, i) => (i === 0 ? { ...g, name: null } : g)) }), 'stargates[0].name is null but the column is NOT NULL'],
  ])('not a dry-run universe: %s', async (_, transform, message) => {
    const path = fileWith(JSON.stringify(transform(dryRunDocument())));
    const text = await refusal(path);
    expect(text.startsWith(`"${path}" is not a`)).toBe(true);
    expect(text).toContain(message);
  });
});
