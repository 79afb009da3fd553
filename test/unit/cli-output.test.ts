// The CLI groups thousands by hand (cli/output.ts: the first toLocaleString initialises ICU, a
// noticeable part of a small run's start-up); the result must be exactly toLocaleString('en-US')'s.
import { describe, expect, it } from 'vitest';
import { formatCount, formatInteger } from '../../src/cli/output.js';

describe('formatInteger', () => {
  const around = (n: number): number[] => [n - 1, n, n + 1];
  const values = [
    0,
    -0,
    ...around(999),
    ...around(1000),
    ...around(999_999),
    ...around(1_000_000),
    1234,
    12_345,
    123_456,
    835,
    8_477,
    2_147_483_647,
    Number.MAX_SAFE_INTEGER,
    Number.MIN_SAFE_INTEGER,
    // Beyond safe integers and non-integers: handed to toLocaleString itself.
    Number.MAX_SAFE_INTEGER + 2,
    1e21,
    0.5,
    1234.5678,
    Number.NaN,
    Number.POSITIVE_INFINITY,
  ];
  const cases = [...values, ...values.map((value) => -value)];

  it.each(cases)('writes %d as toLocaleString("en-US") does', (value) => {
    expect(formatInteger(value)).toBe(value.toLocaleString('en-US'));
  });

  it('agrees with toLocaleString over a sweep of magnitudes', () => {
    for (let value = 1; value < Number.MAX_SAFE_INTEGER / 7; value = value * 7 + 3) {
      expect(formatInteger(value)).toBe(value.toLocaleString('en-US'));
      expect(formatInteger(-value)).toBe((-value).toLocaleString('en-US'));
    }
  });

  it('names a count with its noun, singular for exactly one', () => {
    expect(formatCount(1, 'jump')).toBe('1 jump');
    expect(formatCount(5400, 'system')).toBe('5,400 systems');
    expect(formatCount(0, 'pilot')).toBe('0 pilots');
  });
});
