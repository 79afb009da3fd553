// Deep merge of plain JSON objects: a --config file overrides a preset key by key. Arrays and
// scalars replace what they override (a list of region names is one value, not a set of edits).

export type JsonObject = { [key: string]: unknown };

export function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `base` with `override` laid over it; neither input is modified. */
export function deepMerge(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override === undefined ? base : override;
  const merged: JsonObject = { ...base };
  for (const [key, value] of Object.entries(override)) {
    // Own keys only, defined rather than assigned: an override key "__proto__" stays a plain
    // (and, for validation, unknown) key instead of replacing the merged object's prototype.
    const under = Object.prototype.hasOwnProperty.call(base, key) ? base[key] : undefined;
    Object.defineProperty(merged, key, { value: deepMerge(under, value), enumerable: true, writable: true, configurable: true });
  }
  return merged;
}
