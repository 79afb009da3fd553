// Turns a merged parameter object into UniverseParams or a UsageError whose message names the
// offending key: zod checks types and ranges, then the cross-field rules zod cannot say simply
// (every {min, max} has min ≤ max; every weight table has a positive sum; every mix of shares sums
// to 1 — a mix summing to 1.5 is a mistake to report, not something to normalise silently).

import type { z } from 'zod';
import { UsageError } from '../errors.js';
import { isPlainObject } from './merge.js';
import { universeParamsSchema, type UniverseParams } from './params-schema.js';

/** Mixes: shares of a whole, so they must sum to 1 (within SHARE_SUM_TOLERANCE). */
const SHARE_TABLES = ['gates.mix', 'security.mix'] as const;
/** Room for decimal fractions that do not add up exactly in binary (0.82 + 0.13 + 0.05). */
const SHARE_SUM_TOLERANCE = 1e-6;

/** Weight tables: their values are relative (only the ratios matter), so they must not all be zero. */
const WEIGHT_TABLES = [
  'stars.weights',
  'stations.types.high',
  'stations.types.low',
  'stations.types.null',
  'anomalies.types',
] as const;

function keyName(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** The offending value as the message shows it: JSON, cut short (a 10,000-character name is not repeated whole). */
function shown(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const text = JSON.stringify(value) ?? 'nothing';
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const key = keyName(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const names = issue.keys.map((k) => `"${key === '' ? k : `${key}.${k}`}"`).join(', ');
    return `config: unknown key ${names}; remove it or check its spelling`;
  }
  const value = valueAt(input, issue.path);
  const got = shown(value);
  if (typeof value === 'number' && !Number.isFinite(value)) return `config: "${key}" (${got}) must be a finite number`;
  const entries = issue.code === 'too_small' || issue.code === 'too_big' ? issue.origin === 'array' : false;
  const unit = entries ? ' entries' : '';
  if (issue.code === 'too_small') {
    const bound = Number(issue.minimum);
    if (entries) return `config: "${key}" must have at least ${bound} entries`;
    return issue.inclusive === false
      ? `config: "${key}" (${got}) must be greater than ${bound}`
      : `config: "${key}" (${got}) must be at least ${bound}`;
  }
  if (issue.code === 'too_big') {
    const bound = Number(issue.maximum);
    if (entries) return `config: "${key}" has ${Array.isArray(value) ? value.length : '?'} entries; at most ${bound}${unit} (see "Limits" in the README)`;
    return `config: "${key}" (${got}) must be at most ${bound} (see "Limits" in the README)`;
  }
  if (issue.code === 'invalid_value') {
    return `config: "${key}" (${got}) must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  if (issue.code === 'custom') return `config: "${key}" (${got}) ${issue.message}`;
  return `config: "${key}" (${got}) is invalid: ${issue.message}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const step of path) {
    if (!isPlainObject(node) && !Array.isArray(node)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, step)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[step];
  }
  return node;
}

/** Every {min, max} pair in the tree, with its key path. */
function* minMaxPairs(node: unknown, path: string[]): Generator<{ key: string; min: number; max: number }> {
  if (!isPlainObject(node)) return;
  if (typeof node.min === 'number' && typeof node.max === 'number') {
    yield { key: path.join('.'), min: node.min, max: node.max };
  }
  for (const [k, v] of Object.entries(node)) yield* minMaxPairs(v, [...path, k]);
}

function sumOf(table: unknown): number {
  const values = isPlainObject(table) ? Object.values(table) : [];
  return values.reduce<number>((sum, v) => sum + (typeof v === 'number' ? v : 0), 0);
}

function checkCrossFields(params: UniverseParams): void {
  for (const { key, min, max } of minMaxPairs(params, [])) {
    if (min > max) throw new UsageError(`config: "${key}.min" (${min}) is greater than "${key}.max" (${max})`);
  }
  for (const key of SHARE_TABLES) {
    const total = sumOf(valueAt(params, key.split('.')));
    if (Math.abs(total - 1) > SHARE_SUM_TOLERANCE) {
      throw new UsageError(`config: the shares in "${key}" sum to ${Number(total.toFixed(6))}; they must sum to 1`);
    }
  }
  for (const key of WEIGHT_TABLES) {
    const total = sumOf(valueAt(params, key.split('.')));
    if (!(total > 0)) throw new UsageError(`config: the weights in "${key}" sum to zero; give at least one a positive value`);
  }
  const { count } = params.planets;
  if (count.median < count.min || count.median > count.max) {
    throw new UsageError(
      `config: "planets.count.median" (${count.median}) must lie between "planets.count.min" (${count.min}) and "planets.count.max" (${count.max})`,
    );
  }
  if (params.regions.count > params.systems.count) {
    throw new UsageError(
      `config: "regions.count" (${params.regions.count}) is greater than "systems.count" (${params.systems.count}); every region needs a system`,
    );
  }
}

/**
 * Keys that name JavaScript's object machinery rather than a parameter. JSON.parse keeps them
 * as plain keys, but an assignment of `__proto__` would silently swap an object's prototype
 * (and the setting would vanish): they are unknown keys like any other misspelling.
 */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function findPrototypeKey(node: unknown, path: string[]): string | undefined {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const found = findPrototypeKey(node[i], [...path, String(i)]);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (!isPlainObject(node)) return undefined;
  for (const key of Object.keys(node)) {
    if (PROTOTYPE_KEYS.has(key)) return [...path, key].join('.');
    const found = findPrototypeKey(node[key], [...path, key]);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Throws the unknown-key UsageError when a --config file uses `__proto__`, `constructor` or `prototype` as a key. */
export function rejectPrototypeKeys(overrides: unknown): void {
  const key = findPrototypeKey(overrides, []);
  if (key !== undefined) throw new UsageError(`config: unknown key "${key}"; remove it or check its spelling`);
}

/** Validates merged parameters; throws UsageError naming the first offending key. */
export function validateParams(merged: unknown): UniverseParams {
  rejectPrototypeKeys(merged);
  const result = universeParamsSchema().safeParse(merged);
  if (!result.success) throw new UsageError(describeIssue(result.error.issues[0], merged));
  checkCrossFields(result.data);
  return result.data;
}
