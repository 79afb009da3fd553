// The JSON Schema of a --config file (and of meta.config in the dry-run JSON), generated from the
// zod schema (params-schema.ts, types and bounds) and PARAM_DOCS (params-docs.ts, meanings), so
// the shipped file, the README's table of keys and the validator cannot drift apart.
//
// Two variants: a config file overrides a preset key by key, so in `buildConfigJsonSchema()` no
// key is required; meta.config holds every resolved parameter, so `buildParamsJsonSchema()`
// requires them all. schema/config.schema.json and the README table between the
// `config-keys` markers are this module's output; test/unit/config-schema.test.ts fails when they
// differ. Regenerate both with `npm run schema`.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { universeParamsSchema, zodRuntime } from './params-schema.js';
import { PARAM_DOCS } from './params-docs.js';
import { CONFIG_FILE_META_KEYS, resolveParams } from './params.js';

export type JsonSchema = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | null | JsonValue[] | JsonSchema;

function isObject(value: JsonValue | undefined): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * zod's JSON Schema with each key's meaning added, and zod's implicit integer bounds (±2^53 − 1,
 * the limits of a safe integer, which say nothing to a reader) left out. `required` lists stay.
 */
function describedParams(): JsonSchema {
  const generated = zodRuntime().toJSONSchema(universeParamsSchema(), { target: 'draft-2020-12' }) as JsonSchema;
  const walk = (node: JsonSchema, path: string[]): JsonSchema => {
    const out: JsonSchema = {};
    const doc = PARAM_DOCS[path.join('.')];
    if (doc !== undefined && path.length > 0) out.description = doc;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$schema') continue;
      if ((key === 'maximum' && value === Number.MAX_SAFE_INTEGER) || (key === 'minimum' && value === Number.MIN_SAFE_INTEGER)) continue;
      if (key === 'properties' && isObject(value)) {
        out.properties = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, isObject(child) ? walk(child, [...path, name]) : child]));
      } else if (key === 'items' && isObject(value)) {
        out.items = walk(value, path.concat('[]'));
      } else {
        out[key] = value;
      }
    }
    return out;
  };
  return walk(generated, []);
}

/** The same schema with no key required anywhere (a config file overrides only what it names). */
function withoutRequired(node: JsonValue): JsonValue {
  if (Array.isArray(node)) return node.map(withoutRequired);
  if (!isObject(node)) return node;
  return Object.fromEntries(Object.entries(node).filter(([key]) => key !== 'required').map(([key, value]) => [key, withoutRequired(value)]));
}

/** Every resolved parameter, all present: the shape of the dry-run JSON's meta.config. */
export function buildParamsJsonSchema(): JsonSchema {
  return {
    description: 'the full resolved generation parameters (every key of schema/config.schema.json, all present)',
    ...describedParams(),
  };
}

const META_KEY_SCHEMAS: Record<(typeof CONFIG_FILE_META_KEYS)[number], JsonSchema> = {
  $schema: { type: 'string', description: 'this JSON Schema, for editors (ignored by echoes-universe)' },
  $comment: { type: 'string', description: 'free text (ignored by echoes-universe)' },
};

/** schema/config.schema.json: what a --config file (or a preset in seeds/presets/) may hold. */
export function buildConfigJsonSchema(): JsonSchema {
  const params = withoutRequired(describedParams()) as JsonSchema;
  const properties = params.properties as JsonSchema;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'echoes-universe configuration',
    description:
      'A --config file for `echoes-universe generate` (also the presets in seeds/presets/): overrides of the preset\'s generation parameters, key by key; every key is optional, unknown keys are refused. A `mix` is a set of shares that must sum to 1; `weights` and `types` are relative weights.',
    type: 'object',
    properties: { ...META_KEY_SCHEMAS, ...properties },
    additionalProperties: false,
  };
}

// ---------------------------------------------------------------- the README's table of keys

/** "integer 1–8", "number ≥ 0", "one of spiral, elliptical, ring", … */
function boundsOf(node: JsonSchema): string {
  if (Array.isArray(node.enum)) return `one of ${node.enum.map((value) => `\`${String(value)}\``).join(', ')}`;
  if (node.type === 'boolean') return '`true` or `false`';
  if (node.type === 'string') return node.minLength === 1 ? 'non-empty text' : 'text';
  if (node.type === 'array') {
    return `${typeof node.minItems === 'number' && node.minItems > 0 ? 'non-empty ' : ''}list of non-empty texts`;
  }
  const kind = node.type === 'integer' ? 'integer' : 'number';
  const low = typeof node.minimum === 'number' ? { value: node.minimum, strict: false } : typeof node.exclusiveMinimum === 'number' ? { value: node.exclusiveMinimum, strict: true } : null;
  const high = typeof node.maximum === 'number' ? { value: node.maximum, strict: false } : typeof node.exclusiveMaximum === 'number' ? { value: node.exclusiveMaximum, strict: true } : null;
  if (low && high && !low.strict && !high.strict) return `${kind} ${low.value}–${high.value}`;
  const parts = [low ? `${low.strict ? '>' : '≥'} ${low.value}` : '', high ? `${high.strict ? '<' : '≤'} ${high.value}` : ''].filter(Boolean);
  return [kind, ...parts].join(' ');
}

function valueAt(root: unknown, path: string[]): unknown {
  let node = root;
  for (const step of path) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[step] : undefined;
  return node;
}

function standardValue(standard: unknown, path: string[]): string {
  const value = valueAt(standard, path);
  if (Array.isArray(value)) return `${value.length} names (seeds/names/)`;
  return value === undefined ? '' : `\`${JSON.stringify(value)}\``;
}

interface KeyRow {
  key: string;
  bounds: string;
  standard: string;
  meaning: string;
}

/**
 * One row per leaf key; the leaves of an object that all share one type and bounds and have no
 * meaning of their own (`stars.weights.O` … `M`) share one row, `stars.weights.{O,B,…}`.
 */
function keyRows(): KeyRow[] {
  const standard = resolveParams('standard', {});
  const rows: KeyRow[] = [];
  const walk = (node: JsonSchema, path: string[], inheritedMeaning: string): void => {
    const meaning = typeof node.description === 'string' ? node.description : inheritedMeaning;
    const properties = isObject(node.properties) ? node.properties : null;
    if (!properties) {
      rows.push({ key: `\`${path.join('.')}\``, bounds: boundsOf(node), standard: standardValue(standard, path), meaning });
      return;
    }
    const children = Object.entries(properties).filter((entry): entry is [string, JsonSchema] => isObject(entry[1]));
    const leafBounds = children.map(([, child]) => (isObject(child.properties) || typeof child.description === 'string' ? null : boundsOf(child)));
    if (path.length > 0 && leafBounds.every((bounds) => bounds !== null && bounds === leafBounds[0])) {
      const values = children.map(([name]) => `${name}: ${JSON.stringify(valueAt(standard, [...path, name]))}`).join(', ');
      rows.push({ key: `\`${path.join('.')}.{${children.map(([name]) => name).join(',')}}\``, bounds: leafBounds[0] as string, standard: `\`${values}\``, meaning });
      return;
    }
    for (const [name, child] of children) walk(child, [...path, name], meaning);
  };
  walk(describedParams(), [], '');
  return rows;
}

/** The Markdown table of every config key (README, between the config-keys markers). */
export function configKeysMarkdown(): string {
  const escape = (text: string): string => text.replace(/\|/g, '\\|');
  const lines = ['| key | type and bounds | standard preset | meaning |', '|---|---|---|---|'];
  for (const row of keyRows()) lines.push(`| ${escape(row.key)} | ${escape(row.bounds)} | ${escape(row.standard)} | ${escape(row.meaning)} |`);
  return lines.join('\n');
}

export const README_MARKERS = { start: '<!-- config-keys:start (generated by `npm run schema`) -->', end: '<!-- config-keys:end -->' } as const;

/** `readme` with the text between the markers replaced by the current table. */
export function withConfigKeys(readme: string): string {
  const start = readme.indexOf(README_MARKERS.start);
  const end = readme.indexOf(README_MARKERS.end);
  if (start < 0 || end < start) throw new Error('README.md has no config-keys markers');
  return `${readme.slice(0, start + README_MARKERS.start.length)}\n${configKeysMarkdown()}\n${readme.slice(end)}`;
}

// `npm run schema` (after the build): writes schema/config.schema.json and the README table.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = new URL('../../', import.meta.url);
  writeFileSync(new URL('schema/config.schema.json', root), JSON.stringify(buildConfigJsonSchema(), null, 2) + '\n');
  const readme = new URL('README.md', root);
  writeFileSync(readme, withConfigKeys(readFileSync(readme, 'utf8')));
}
