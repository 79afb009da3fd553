// The data-dir template's unpacker (src/db/pglite/template.ts): files and directories land under
// the destination with owner-only modes, and an entry naming a path outside it is refused.
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unpackTar } from '../../src/db/pglite/template.js';

/** One ustar header block (+ data blocks) for `name`, the fields the unpacker reads. */
function entry(name: string, type: '0' | '5', data = ''): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0, 'utf8');
  header.write('0000644\0', 100);
  header.write(data.length.toString(8).padStart(11, '0') + '\0', 124);
  header.write(type, 156);
  header.write('ustar\0' + '00', 257);
  const body = Buffer.alloc(Math.ceil(data.length / 512) * 512);
  body.write(data, 0, 'utf8');
  return Buffer.concat([header, body]);
}

const END = Buffer.alloc(1024);

describe('unpackTar', () => {
  it('writes directories and files (leading "/" stripped) readable by the owner only', () => {
    const root = mkdtempSync(join(tmpdir(), 'eu-tar-'));
    unpackTar(Buffer.concat([entry('/base', '5'), entry('/base/1/PG_VERSION', '0', '18\n'), entry('/global/x', '0', 'y'.repeat(700)), END]), root);
    expect(readFileSync(join(root, 'base/1/PG_VERSION'), 'utf8')).toBe('18\n');
    expect(readFileSync(join(root, 'global/x'), 'utf8')).toBe('y'.repeat(700));
    expect(statSync(join(root, 'base')).isDirectory()).toBe(true);
    expect(statSync(join(root, 'global/x')).mode & 0o077).toBe(0);
  });

  it('refuses an entry that would leave the destination', () => {
    const root = mkdtempSync(join(tmpdir(), 'eu-tar-'));
    expect(() => unpackTar(Buffer.concat([entry('../escape', '0', 'x'), END]), join(root, 'inner'))).toThrow(/leaves the data directory/);
  });

  it('refuses links (a data dir holds none)', () => {
    const root = mkdtempSync(join(tmpdir(), 'eu-tar-'));
    const link = entry('/base/link', '0');
    link.write('2', 156);
    expect(() => unpackTar(Buffer.concat([link, END]), root)).toThrow(/neither a file nor a directory/);
  });
});
