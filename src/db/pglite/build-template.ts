// Run by `npm run build` (after tsc): makes the pre-initialised, pre-migrated PGlite data dir that
// new embedded databases start from (template.ts). It runs PGlite's initdb once, in memory, then
// the project's own migrate (db/migrate.ts, the code path every database goes through), and
// writes the checkpointed data dir as dist/pglite-template/pgdata.tar.gz with template.json
// beside it: the PGlite version, the migrations and the reference data it holds.
// Skipped when a template made by the installed PGlite from exactly the current drizzle/ and
// seeds/reference/ is already there (a rebuild costs seconds and ≈ 900 MB, the very cost the
// template saves); any change to either makes it again.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { migrate } from '../migrate.js';
import { PgliteDatabase } from './connect.js';
import { installedPgliteVersion, schemaSources, TEMPLATE_ARCHIVE, TEMPLATE_DIR, TEMPLATE_INFO, usableTemplate, type TemplateInfo } from './template.js';

async function buildTemplate(): Promise<void> {
  if (usableTemplate()?.fit === 'current') return;
  // Whatever is there is stale: without it, new data dirs run initdb and migrate until this succeeds.
  rmSync(TEMPLATE_INFO, { force: true });
  const sources = schemaSources();
  const pglite = await PGlite.create();
  let archive: Blob;
  let referenceRows: number;
  try {
    const migrated = await migrate(new PgliteDatabase(pglite, 'the data-dir template'));
    const applied = migrated.applied.join(',');
    const expected = sources.migrations.map((migration) => migration.tag).join(',');
    if (applied !== expected) throw new Error(`migrate applied ${applied || 'nothing'}, expected ${expected}`);
    referenceRows = migrated.referenceRowsInserted;
    // Everything in the data files, so a database opened from the template has no WAL to replay.
    await pglite.exec('CHECKPOINT');
    archive = await pglite.dumpDataDir('gzip');
  } finally {
    await pglite.close();
  }
  mkdirSync(TEMPLATE_DIR, { recursive: true });
  // Archive first, description last: a build killed in between leaves none, so no template is used.
  writeFileSync(`${TEMPLATE_ARCHIVE}.tmp`, Buffer.from(await archive.arrayBuffer()));
  renameSync(`${TEMPLATE_ARCHIVE}.tmp`, TEMPLATE_ARCHIVE);
  const info: TemplateInfo = { pgliteVersion: installedPgliteVersion(), ...sources, referenceRows };
  writeFileSync(`${TEMPLATE_INFO}.tmp`, JSON.stringify(info, null, 2) + '\n');
  renameSync(`${TEMPLATE_INFO}.tmp`, TEMPLATE_INFO);
}

buildTemplate().catch((error: unknown) => {
  // Not fatal: without a template, new data dirs run PGlite's initdb and the migrations as before.
  process.stderr.write(`note: no PGlite data-dir template made (${error instanceof Error ? error.message : String(error)})\n`);
});
