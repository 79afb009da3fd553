// Words for an operator about replacing or wiping a universe: the plan (--plan), the re-homing
// lines of a load's summary, and the confirmation prompts that name the target and the universe
// about to go. Text only; the commands decide where it is printed.
import type { OperationPlan } from '../app/plan.js';
import type { RehomeSummary } from '../db/rehome.js';
import type { UniverseInDatabase } from '../db/universe-label.js';
import { UNIVERSE_TABLES } from '../db/schema/registry.js';
import { formatCount, formatInteger } from './output.js';

/** "seed 42, tiny, 1,200 systems" (or "seed unknown, …" for a universe this tool did not label). */
export function describeCurrentUniverse(current: UniverseInDatabase): string {
  const label = current.label;
  const seed = label ? `seed ${label.seed}, ${label.preset}` : 'seed unknown';
  return `${seed}, ${formatCount(current.systems, 'system')}`;
}

export function replacePrompt(target: string, current: UniverseInDatabase, next: { seed: string; preset: string; systems: number }, rehome: string): string {
  return (
    `Replace the universe in ${target} (${describeCurrentUniverse(current)}) with seed ${next.seed} (${next.preset}, ${formatCount(next.systems, 'system')})? ` +
    `Accounts, characters and items are kept; pilots are re-homed (--rehome ${rehome}).`
  );
}

export function wipePrompt(target: string, current: UniverseInDatabase): string {
  return `Delete the universe in ${target} (${describeCurrentUniverse(current)})? Accounts, characters and items are kept.`;
}

/** The lines of a load's summary about pilots and items (none when nobody was affected). */
export function rehomeLines(rehome: RehomeSummary | null, starterName: string | undefined): string[] {
  if (!rehome) return [];
  const moved = rehome.movedNearest + rehome.movedToStarter;
  const lines: string[] = [];
  if (moved + rehome.stayed + rehome.leftHomeless > 0) {
    const parts = [
      `${rehome.stayed} stayed where they were`,
      `${rehome.movedNearest} docked at the station nearest to where they were`,
      `${rehome.movedToStarter} at the starter station${starterName ? ` (${starterName})` : ''}`,
    ];
    if (rehome.leftHomeless > 0) parts.push(`${rehome.leftHomeless} left without a location (--rehome none)`);
    lines.push(`  re-homed ${formatCount(moved, 'pilot')} (${parts.join(', ')})`);
  }
  if (rehome.assetsMoved > 0) lines.push(`  moved ${formatCount(rehome.assetsMoved, 'item')} out of stations that no longer exist, with their owners`);
  if (rehome.assetsLeft > 0) lines.push(`  left ${formatCount(rehome.assetsLeft, 'item')} in stations that no longer exist (--rehome none)`);
  return lines;
}

/** The plan, for people (stderr). */
export function formatPlan(plan: OperationPlan, mode: string): string {
  const verb = plan.operation === 'replace' ? 'replace' : 'wipe';
  const head =
    plan.operation === 'replace' && plan.next
      ? `plan: replace the universe in ${plan.target} (${describeCurrentUniverse(plan.current)}) with seed ${plan.next.seed} (${plan.next.preset}, ${formatCount(plan.next.systems, 'system')})`
      : `plan: wipe the universe in ${plan.target} (${describeCurrentUniverse(plan.current)})`;
  const lines = [head, `  ${'table'.padEnd(16)}${'delete'.padStart(10)}${'add'.padStart(10)}`];
  for (const table of UNIVERSE_TABLES) {
    const row = plan.tables[table];
    lines.push(`  ${table.padEnd(16)}${formatInteger(row.delete).padStart(10)}${formatInteger(row.add).padStart(10)}`);
  }
  const { pilots, assets } = plan;
  if (plan.operation === 'replace') {
    lines.push(
      `  ${formatCount(pilots.total, 'pilot')} (--rehome ${mode}): ${pilots.stay} stay where they are, ${pilots.nearest} dock at the station nearest to where they were, ` +
        `${pilots.starter} at the starter station${pilots.none > 0 ? `, ${pilots.none} are left without a location` : ''}`,
    );
    for (const station of pilots.topStations) lines.push(`    ${String(station.pilots).padStart(6)}  ${station.station} (${station.system})`);
    lines.push(`  ${formatCount(assets.moved, 'item')} in the old stations would move with their owners${assets.left > 0 ? `; ${assets.left} would stay behind` : ''}`);
  } else {
    lines.push(`  ${formatCount(pilots.total, 'pilot')}: ${pilots.none} would be left without a location until the next generate docks them`);
    lines.push(`  ${formatCount(assets.left, 'item')} in stations would wait for the next generate to move them`);
  }
  const servers = plan.gameServers;
  const listed = servers.names.map((name) => JSON.stringify(name)).join(', ');
  if (servers.action === 'block') lines.push(`  game servers ${listed} point into the universe: the ${verb} would refuse; pass --detach-servers`);
  if (servers.action === 'detach') lines.push(`  game servers ${listed} would be detached (system and region set to NULL)`);
  if (servers.action === 'none') lines.push('  no game server points into the universe');
  lines.push('nothing was changed (--plan)');
  return lines.join('\n');
}
