// Which universe a database holds (seed, preset, epoch, fingerprint, version), so prompts and
// `--plan` can name the universe about to be replaced. The game's schema has no place for it and
// this tool adds no table, so it is the comment on the `regions` table: written in the load's
// transaction (it commits or rolls back with the rows), cleared by a wipe. Only the table's owner
// may comment on it; a loader without that privilege simply leaves no label, and readers then
// say "seed unknown".
import type { Queryable } from './database.js';

export interface UniverseLabel {
  generator: 'echoes-universe';
  seed: string;
  preset: string;
  epoch: string;
  fingerprint: string;
  version: string;
}

/** COMMENT takes no parameters: the text goes in dollar-quoted, under a tag the text cannot contain. */
function dollarQuoted(text: string): string {
  let tag = 'echoes_label';
  while (text.includes(`$${tag}$`)) tag += '_';
  return `$${tag}$${text}$${tag}$`;
}

async function ownsRegions(tx: Queryable): Promise<boolean> {
  const result = await tx.query<{ owns: boolean }>(
    "SELECT pg_has_role(current_user, c.relowner, 'USAGE') AS owns FROM pg_class c WHERE c.oid = to_regclass('public.regions')",
  );
  return result.rows[0]?.owns === true;
}

/** Labels the universe just loaded (no-op without ownership of `regions`). */
export async function writeUniverseLabel(tx: Queryable, label: Omit<UniverseLabel, 'generator'>): Promise<void> {
  if (!(await ownsRegions(tx))) return;
  const text = JSON.stringify({ generator: 'echoes-universe', ...label } satisfies UniverseLabel);
  await tx.exec(`COMMENT ON TABLE regions IS ${dollarQuoted(text)}`);
}

/** Clears the label with the universe it named (no-op without ownership of `regions`). */
export async function clearUniverseLabel(tx: Queryable): Promise<void> {
  if (await ownsRegions(tx)) await tx.exec('COMMENT ON TABLE regions IS NULL');
}

/** The label of the universe in the database, or null (none, foreign, or unreadable). */
export async function readUniverseLabel(tx: Queryable): Promise<UniverseLabel | null> {
  const result = await tx.query<{ comment: string | null }>("SELECT obj_description(to_regclass('public.regions'), 'pg_class') AS comment");
  const comment = result.rows[0]?.comment;
  if (!comment) return null;
  try {
    const parsed = JSON.parse(comment) as Partial<UniverseLabel>;
    return parsed.generator === 'echoes-universe' && typeof parsed.seed === 'string' ? (parsed as UniverseLabel) : null;
  } catch {
    return null;
  }
}

export interface UniverseInDatabase {
  /** Systems of the universe the database holds (0: none). */
  systems: number;
  regions: number;
  label: UniverseLabel | null;
}

/** What the database holds now, for prompts and plans. */
export async function describeUniverseInDatabase(tx: Queryable): Promise<UniverseInDatabase> {
  const counts = await tx.query<{ systems: string | number; regions: string | number }>(
    'SELECT (SELECT count(*) FROM solar_systems) AS systems, (SELECT count(*) FROM regions) AS regions',
  );
  return { systems: Number(counts.rows[0].systems), regions: Number(counts.rows[0].regions), label: await readUniverseLabel(tx) };
}
