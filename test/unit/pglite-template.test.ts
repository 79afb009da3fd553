// The data-dir template's unpacker (src/db/pglite/template.ts): files and directories land under
// the destination with owner-only modes, and an entry naming a path outside it is refused. And
// when a template may be used: only with the PGlite that made it, the reference data it was made
// from, and migrations that are the first ones on disk, unchanged.
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateFit, unpackTar, type SchemaSources, type TemplateInfo } from '../../src/db/pglite/template.js';

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

describe('templateFit', () => {
  const sources: SchemaSources = {
    migrations: [
      { tag: '0000_a', hash: 'h0' },
      { tag: '0001_b', hash: 'h1' },
    ],
    referenceSha256: 'r',
  };
  const template = (overrides: Partial<TemplateInfo> = {}): TemplateInfo => ({ pgliteVersion: '1.0.0', ...sources, referenceRows: 10, ...overrides });

  it('current when it holds exactly the migrations and reference data on disk', () => {
    expect(templateFit(template(), '1.0.0', sources)).toBe('current');
  });

  it('older when it lacks only migrations added since (migrate applies them)', () => {
    expect(templateFit(template({ migrations: sources.migrations.slice(0, 1) }), '1.0.0', sources)).toBe('older');
    expect(templateFit(template({ migrations: [] }), '1.0.0', sources)).toBe('older');
  });

  it('unusable with another PGlite, other reference data, or a migration changed, removed or reordered since', () => {
    expect(templateFit(template(), '1.0.1', sources)).toBeNull();
    expect(templateFit(template({ referenceSha256: 'other' }), '1.0.0', sources)).toBeNull();
    expect(templateFit(template({ migrations: [{ tag: '0000_a', hash: 'edited' }] }), '1.0.0', sources)).toBeNull();
    expect(templateFit(template({ migrations: [...sources.migrations, { tag: '0002_c', hash: 'h2' }] }), '1.0.0', sources)).toBeNull();
    expect(templateFit(template({ migrations: [sources.migrations[1], sources.migrations[0]] }), '1.0.0', sources)).toBeNull();
  });

  it('unusable when made by a build that recorded no migrations (the format before it held any)', () => {
    expect(templateFit({ pgliteVersion: '1.0.0' } as TemplateInfo, '1.0.0', sources)).toBeNull();
  });
});
