// Wiping the universe (`wipe`, the API's wipeUniverse): delete it through the schema's cascades
// in one transaction, keeping accounts, characters, items and everything else (db/replace.ts).
// Asks first through `confirmWipe` when the caller can ask; nothing here prints.
import { RuntimeError } from '../errors.js';
import { wipeDatabase, type WipeOptions, type WipeSummary } from '../db/replace.js';
import { describeUniverseInDatabase, type UniverseInDatabase } from '../db/universe-label.js';
import { withTarget, type TargetOptions } from './target.js';

export interface WipeQuestion {
  target: string;
  /** The universe about to go (null when the database could not say: no schema yet, say). */
  current: UniverseInDatabase | null;
}

export interface WipeEvents extends Pick<WipeOptions, 'onWaitingForLock' | 'onWaitingForTables'> {
  /** Asked before anything is deleted; false cancels with nothing changed. */
  confirmWipe?: (question: WipeQuestion) => Promise<boolean>;
  /** Called when the wipe itself starts (after any question). */
  onWipeStart?: () => void;
}

export interface WipeResult extends WipeSummary {
  target: string;
}

export async function wipeTarget(target: TargetOptions, request: { detachServers?: boolean } = {}, events: WipeEvents = {}): Promise<WipeResult> {
  return withTarget(target, async (db) => {
    if (events.confirmWipe) {
      const current = await describeUniverseInDatabase(db).catch(() => null);
      if (!(await events.confirmWipe({ target: db.description, current }))) throw new RuntimeError('wipe cancelled; nothing was changed');
    }
    events.onWipeStart?.();
    const summary = await wipeDatabase(db, {
      detachServers: request.detachServers,
      onWaitingForLock: events.onWaitingForLock,
      onWaitingForTables: events.onWaitingForTables,
    });
    return { target: db.description, ...summary };
  });
}
