// COPY text format (PostgreSQL docs, "COPY … File Formats › Text Format"): tab-separated columns,
// \N for NULL, and backslash, newline, carriage return and tab escaped inside values.
import { describe, expect, it } from 'vitest';
import { copyText, copyValue } from '../../src/format/copy-text.js';

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
