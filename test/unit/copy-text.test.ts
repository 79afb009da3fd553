// COPY text format (PostgreSQL docs, "COPY … File Formats › Text Format"): tab-separated columns,
// \N for NULL, and backslash, newline, carriage return and tab escaped inside values.
import { describe, expect, it } from 'vitest';
import { copyText, copyValue, numberText } from '../../src/format/copy-text.js';

describe('copyValue', () => {
  it('writes NULL as \\N and booleans as t/f', () => {
    expect(copyValue(null)).toBe('\\N');
    expect(copyValue(undefined)).toBe('\\N');
    expect(copyValue(true)).toBe('t');
    expect(copyValue(false)).toBe('f');
  });

  it('writes numbers so they read back exactly', () => {
    expect(copyValue(42)).toBe('42');
    expect(copyValue(-17461517993)).toBe('-17461517993');
    expect(copyValue(0.1)).toBe('0.1');
    expect(copyValue(3.0502e23)).toBe('3.0502e+23');
    expect(() => copyValue(Number.NaN)).toThrow(/non-finite/);
  });

  it('prints every number exactly as String does, whole numbers beyond 32 bits included', () => {
    const edges = [0, -0, 1, -1, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 1e8, 1e8 - 1, 1e8 + 1, 2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 53, 2 ** 60, 1e21, 1e22, 0.1, 5.3, 3.0502e23, 1e-7];
    for (let k = 1; k < 90_000_000; k = k * 3 + 7) edges.push(k * 1e8 - 1, k * 1e8, k * 1e8 + 1, -(k * 1e8 - 1), -k * 1e8);
    // Deterministic spread of large whole numbers (a fixed linear congruential walk, not Math.random).
    let state = 12345;
    for (let i = 0; i < 20_000; i++) {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      edges.push(Math.round((state / 2 ** 31 - 0.5) * 2 ** (20 + (i % 34))));
    }
    for (const value of edges) expect(numberText(value), String(value)).toBe(String(value));
  });

  it('escapes backslash, newline, carriage return and tab, and nothing else', () => {
    expect(copyValue('a\\b')).toBe('a\\\\b');
    expect(copyValue('line\nnext')).toBe('line\\nnext');
    expect(copyValue('cr\rhere')).toBe('cr\\rhere');
    expect(copyValue('tab\there')).toBe('tab\\there');
    expect(copyValue('\\N')).toBe('\\\\N');
    expect(copyValue('Qu\'o"te — Ñoño 星 🚀')).toBe('Qu\'o"te — Ñoño 星 🚀');
  });
});

describe('copyText', () => {
  it('writes one tab-separated line per row in the given column order', () => {
    const rows = [
      { id: 'a', name: 'Genesis', security: 1, docked: true, note: null },
      { id: 'b', name: 'tab\there', security: 0.5, docked: false, note: 'x' },
    ];
    expect(copyText(rows, ['name', 'id', 'security', 'docked', 'note'])).toBe('Genesis\ta\t1\tt\t\\N\ntab\\there\tb\t0.5\tf\tx\n');
  });

  it('writes nothing for no rows', () => {
    expect(copyText([], ['id'])).toBe('');
  });
});
