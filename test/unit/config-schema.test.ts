// The config file's JSON Schema (schema/config.schema.json) and the README's table of config
// keys: both are exactly what config-schema.ts generates from the zod schema; every preset
// validates against the shipped file; the file refuses what the loader refuses; and every key
// has a meaning written down (params-docs.ts), with no meaning left for a key that is gone.
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { buildConfigJsonSchema, withConfigKeys } from '../../src/config/config-schema.js';
import { PARAM_DOCS } from '../../src/config/params-docs.js';
import { resolveParams } from '../../src/config/params.js';
import { UsageError } from '../../src/errors.js';

const ROOT = new URL('../../', import.meta.url);
const SCHEMA_FILE = new URL('schema/config.schema.json', ROOT);
const PRESETS_DIR = new URL('seeds/presets/', ROOT);

type Node = { properties?: Record<string, Node>; items?: Node };

function validator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  return ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);
}

/** Dotted paths of every key under `properties`, objects and leaves alike. */
function keyPaths(node: Node, prefix: string[] = []): string[] {
  return Object.entries(node.properties ?? {}).flatMap(([name, child]) => [[...prefix, name].join('.'), ...keyPaths(child, [...prefix, name])]);
}

describe('schema/config.schema.json', () => {
  test('is the output of buildConfigJsonSchema() (regenerate: npm run schema)', () => {
    expect(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))).toEqual(buildConfigJsonSchema());
  });

  const presets = readdirSync(PRESETS_DIR).filter((name) => name.endsWith('.json'));
  test.each(presets)('seeds/presets/%s validates against it and points at it through "$schema"', (name) => {
    const preset = JSON.parse(readFileSync(new URL(name, PRESETS_DIR), 'utf8')) as Record<string, unknown>;
    const validate = validator();
    expect(validate(preset), JSON.stringify(validate.errors)).toBe(true);
    expect(new URL(preset.$schema as string, new URL(name, PRESETS_DIR)).href).toBe(SCHEMA_FILE.href);
  });

  test('found the three presets', () => {
    expect(presets.sort()).toEqual(['eve.json', 'standard.json', 'tiny.json']);
  });

  test.each<[string, object, string]>([
    ['an unknown top-level key', { galaxi: {} }, 'must NOT have additional properties'],
    ['an unknown nested key', { galaxy: { colour: 'red' } }, 'must NOT have additional properties'],
    ['a value above its bound', { galaxy: { arms: 9 } }, 'must be <= 8'],
    ['a negative count', { moons: { max: -1 } }, 'must be >= 0'],
    ['a fraction where an integer belongs', { systems: { count: 1.5 } }, 'must be integer'],
    ['an unknown galaxy shape', { galaxy: { shape: 'cube' } }, 'must be equal to one of the allowed values'],
  ])('refuses %s, as the loader does', (_, config, message) => {
    const validate = validator();
    expect(validate(config)).toBe(false);
    expect(validate.errors?.map((error) => error.message).join('\n')).toContain(message);
    expect(() => resolveParams('tiny', config)).toThrow(UsageError);
  });

  test('accepts a partial override with "$schema" and "$comment", as the loader does', () => {
    const config = { $schema: 'x.json', $comment: 'mine', systems: { count: 20 }, security: { mix: { high: 0.5, low: 0.25, null: 0.25 } } };
    const validate = validator();
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    expect(resolveParams('tiny', config).systems.count).toBe(20);
  });
});

describe('the meaning of every key', () => {
  const paths = keyPaths(buildConfigJsonSchema() as Node).filter((path) => !path.startsWith('$'));

  test('every key of the schema is documented, itself or through a parameter object holding it (not just its section)', () => {
    // `stars.weights.O` may share the meaning of `stars.weights`; `galaxy.arms` may not lean on `galaxy`.
    const documented = (path: string): boolean => {
      const steps = path.split('.');
      return steps.some((_, index) => (steps.length - index === 1 && steps.length > 1 ? false : PARAM_DOCS[steps.slice(0, steps.length - index).join('.')] !== undefined));
    };
    const undocumented = paths.filter((path) => !documented(path));
    expect(undocumented).toEqual([]);
    expect(paths).toContain('security.mix.high');
  });

  test('every documented key exists', () => {
    expect(Object.keys(PARAM_DOCS).filter((key) => !paths.includes(key))).toEqual([]);
  });

  test('the README table of config keys is the generated one (regenerate: npm run schema)', () => {
    const readme = readFileSync(new URL('README.md', ROOT), 'utf8');
    expect(readme).toContain('| `security.mix.{high,low,null}` | number 0–1000000 |');
    expect(withConfigKeys(readme)).toBe(readme);
  });
});
