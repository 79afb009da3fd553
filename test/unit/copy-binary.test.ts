// Binary COPY encoding (src/format/copy-binary.ts): the byte layout PostgreSQL's binary format
// defines, checked field by field against values decoded here by hand, and refusals with a clear
// message for what the text parser would refuse. That the database stores the same rows as from
// COPY text is checked on PGlite and PostgreSQL in test/integration/scale.test.ts.
import { describe, expect, it } from 'vitest';
import { BINARY_COPY_HEADER, BINARY_COPY_TRAILER, binaryCopySupported, copyBinaryOf } from '../../src/format/copy-binary.js';
import { UNIVERSE_COLUMNS } from '../../src/db/schema/registry.js';

const moon = {
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  planet_id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  name: 'Ünïcode "Moon"\t\\ 1',
  moon_index: 3,
  position_x: 1.5e12,
  position_y: -42,
  position_z: 0.1,
  radius: 1737.4,
  orbital_period: 27.3,
  has_resources: true,
};

/** Decodes one tuple of `columns.length` fields: each field's bytes, or null. */
function fields(bytes: Uint8Array, count: number): (Buffer | null)[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(buffer.readInt16BE(0)).toBe(count);
  const out: (Buffer | null)[] = [];
  let at = 2;
  for (let i = 0; i < count; i++) {
    const length = buffer.readInt32BE(at);
    at += 4;
    out.push(length < 0 ? null : buffer.subarray(at, at + length));
    if (length > 0) at += length;
  }
  expect(at).toBe(buffer.length);
  return out;
}

describe('binary COPY encoding', () => {
  it('writes the file header and trailer PostgreSQL expects', () => {
    expect(Buffer.from(BINARY_COPY_HEADER).toString('latin1')).toBe('PGCOPY\n\xff\r\n\0' + '\0'.repeat(8));
    expect([...BINARY_COPY_TRAILER]).toEqual([0xff, 0xff]);
  });

  it('encodes uuid, varchar, integer, double and boolean in their send formats, columns in schema order', () => {
    const columns = UNIVERSE_COLUMNS.moons;
    const decoded = fields(copyBinaryOf('moons', [moon]), columns.length);
    const byColumn = Object.fromEntries(columns.map((column, i) => [column, decoded[i]]));
    expect((byColumn.id as Buffer).toString('hex')).toBe(moon.id.replace(/-/g, ''));
    expect((byColumn.planet_id as Buffer).toString('hex')).toBe(moon.planet_id.replace(/-/g, ''));
    expect((byColumn.name as Buffer).toString('utf8')).toBe(moon.name);
    expect((byColumn.moon_index as Buffer).readInt32BE(0)).toBe(3);
    expect((byColumn.position_x as Buffer).readDoubleBE(0)).toBe(1.5e12);
    expect((byColumn.position_y as Buffer).readDoubleBE(0)).toBe(-42);
    expect((byColumn.position_z as Buffer).readDoubleBE(0)).toBe(0.1);
    expect([...(byColumn.has_resources as Buffer)]).toEqual([1]);
  });

  it('writes NULL as length -1', () => {
    const region = { id: '0f8fad5b-d9cb-469f-a165-70867728950e', name: 'R', description: null, x_offset: 1, y_offset: 2, z_offset: 3 };
    const decoded = fields(copyBinaryOf('regions', [region]), UNIVERSE_COLUMNS.regions.length);
    expect(decoded[UNIVERSE_COLUMNS.regions.indexOf('description')]).toBeNull();
  });

  it.each([
    ['moon_index', 2.5, /moons\.moon_index: not a 32-bit integer/],
    ['moon_index', 2 ** 31, /moons\.moon_index: not a 32-bit integer/],
    ['id', 'not-a-uuid', /moons\.id: not a UUID/],
    ['id', '0f8fad5b-d9cb-469f-a165-70867728950g', /moons\.id: not a UUID/],
    ['position_x', Number.NaN, /moons\.position_x: not a finite number/],
    ['has_resources', 'yes', /moons\.has_resources: not a boolean/],
  ])('refuses %s = %s with a message naming the column', (column, value, message) => {
    expect(() => copyBinaryOf('moons', [{ ...moon, [column]: value }])).toThrow(message);
  });

  it('is offered only for tables without timestamp columns', () => {
    expect(binaryCopySupported('moons')).toBe(true);
    expect(binaryCopySupported('anomalies')).toBe(false);
  });
});
