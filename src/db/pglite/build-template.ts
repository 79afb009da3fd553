// Run by `npm run build` (after tsc): makes the pre-initialised PGlite data dir that new embedded
// databases start from (template.ts). It runs PGlite's initdb once, in memory, and writes
// the resulting data dir as dist/pglite-template/pgdata.tar.gz with the PGlite version beside it.
// Skipped when a template made by the installed PGlite is already there (a rebuild costs seconds
// and ≈ 900 MB, the very cost the template saves).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { installedPgliteVersion, TEMPLATE_ARCHIVE, TEMPLATE_DIR, TEMPLATE_INFO, usableTemplate, type TemplateInfo } from './template.js';

async function buildTemplate(): Promise<void> {
  if (usableTemplate()) return;
  const pglite = await PGlite.create();
  let archive: Blob;
  try {
    archive = await pglite.dumpDataDir('gzip');
  } finally {
    await pglite.close();
  }
  mkdirSync(TEMPLATE_DIR, { recursive: true });
  // Archive first, version last: a build killed in between leaves no version, so no template is used.
  writeFileSync(`${TEMPLATE_ARCHIVE}.tmp`, Buffer.from(await archive.arrayBuffer()));
  renameSync(`${TEMPLATE_ARCHIVE}.tmp`, TEMPLATE_ARCHIVE);
  const info: TemplateInfo = { pgliteVersion: installedPgliteVersion() };
  writeFileSync(TEMPLATE_INFO, JSON.stringify(info) + '\n');
}

buildTemplate().catch((error: unknown) => {
  // Not fatal: without a template, new data dirs run PGlite's initdb as before.
  process.stderr.write(`note: no PGlite data-dir template made (${error instanceof Error ? error.message : String(error)})\n`);
});
