// The JSON Schema (draft 2020-12) of the dry-run format (PRODUCT.md R2), built from the same
// column table verify and the reader use, so the three cannot drift apart. The shipped file
// schema/universe.schema.json is this function's output; test/unit/json-schema.test.ts fails
// when they differ. Regenerate it (with schema/config.schema.json, whose parameters meta.config
// holds) with `npm run schema`.
import { pathToFileURL } from 'node:url';
import { UNIVERSE_TABLES } from '../db/schema/registry.js';
import { buildParamsJsonSchema } from '../config/config-schema.js';
import { columnEntries, INTEGER_MAX, INTEGER_MIN, OPTIONAL_EXTRA_COLUMNS, type ColumnSpec } from './columns.js';

type JsonSchema = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | null | JsonValue[] | JsonSchema;

const UUID_PATTERN_SOURCE = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
const TIMESTAMP_PATTERN_SOURCE = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$';

function typeOf(spec: ColumnSpec, base: string): JsonValue {
  return spec.nullable ? [base, 'null'] : base;
}

function columnSchema(spec: ColumnSpec): JsonSchema {
  switch (spec.kind) {
    case 'uuid':
      return { type: typeOf(spec, 'string'), format: 'uuid', pattern: UUID_PATTERN_SOURCE };
    case 'varchar':
      return { type: typeOf(spec, 'string'), maxLength: spec.maxLength ?? null };
    case 'text':
      return { type: typeOf(spec, 'string') };
    case 'double':
      return { type: typeOf(spec, 'number') };
    case 'integer':
      return { type: typeOf(spec, 'integer'), minimum: INTEGER_MIN, maximum: INTEGER_MAX };
    case 'boolean':
      return { type: typeOf(spec, 'boolean') };
    case 'timestamp':
      return { type: typeOf(spec, 'string'), format: 'date-time', pattern: TIMESTAMP_PATTERN_SOURCE };
  }
}

function rowSchema(table: (typeof UNIVERSE_TABLES)[number]): JsonSchema {
  const entries = columnEntries(table);
  const properties: JsonSchema = Object.fromEntries(entries.map(([name, spec]) => [name, columnSchema(spec)]));
  for (const extra of OPTIONAL_EXTRA_COLUMNS) {
    properties[extra] = { type: 'string', format: 'date-time', description: 'optional: the database default fills it' };
  }
  return {
    type: 'object',
    description: `one row of the ${table} table; keys are its column names`,
    required: entries.map(([name]) => name),
    additionalProperties: false,
    properties,
  };
}

export function buildUniverseJsonSchema(): JsonSchema {
  const counts: JsonSchema = Object.fromEntries(UNIVERSE_TABLES.map((table) => [table, { type: 'integer', minimum: 0 }]));
  const meta: JsonSchema = {
    type: 'object',
    required: ['generator', 'version', 'seed', 'preset', 'config', 'epoch', 'fingerprint', 'counts'],
    additionalProperties: false,
    properties: {
      generator: { type: 'string', description: 'the tool that wrote the file (echoes-universe)' },
      version: { type: 'string', description: 'its version; same seed + parameters + epoch + version → identical file' },
      seed: { type: 'string' },
      preset: { type: 'string', description: 'tiny, standard or eve' },
      config: { $ref: '#/$defs/config' },
      epoch: { type: 'string', format: 'date-time', pattern: TIMESTAMP_PATTERN_SOURCE, description: 'reference time of time-dependent fields' },
      fingerprint: { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'sha256 of the universe rows, hex' },
      counts: { type: 'object', description: 'rows per table', required: [...UNIVERSE_TABLES], additionalProperties: false, properties: counts },
    },
  };
  const properties: JsonSchema = { meta: { $ref: '#/$defs/meta' } };
  // meta.config: every parameter of schema/config.schema.json, all of them present.
  const defs: JsonSchema = { meta, config: buildParamsJsonSchema() };
  for (const table of UNIVERSE_TABLES) {
    properties[table] = { type: 'array', items: { $ref: `#/$defs/${table}` } };
    defs[table] = rowSchema(table);
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'echoes-universe dry-run universe',
    description:
      'Output of `echoes-universe generate --dry-run`: `meta` first, then one array per universe table named as the table, parents before children; each row holds exactly the table\'s columns (created_at optional), timestamps as ISO 8601 UTC strings, positions in metres.',
    type: 'object',
    required: ['meta', ...UNIVERSE_TABLES],
    additionalProperties: false,
    properties,
    $defs: defs,
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(JSON.stringify(buildUniverseJsonSchema(), null, 2) + '\n');
}
