// What a caller may tell `verify` (src/inspect/verify.ts): which checks to run and the targets to
// judge by. Its own module so verify-config.ts (which builds these options from a universe's
// parameters) and verify.ts (which reads them) both import it and not each other.
import type { StarterNames } from './starter.js';
import type { ShapeTargets } from './verify-shape.js';

export interface VerifyOptions {
  /** Run the shape checks; default: when the universe has at least 200 systems. */
  shapeChecks?: boolean;
  /** Shape targets other than the defaults (a universe generated with custom parameters). */
  shapeTargets?: Partial<ShapeTargets>;
  /** The generation epoch (ISO time, the dry-run meta's `epoch`): enables wormholes.expiry. */
  epoch?: string;
  /** Wormhole lifetime bounds in hours (default 1 h to 30 days). */
  wormholeLifetimeHours?: readonly [number, number];
  /** Starter region, system and planet prefix (default Genesis, Genesis Prime, Genesis). */
  starter?: StarterNames;
  /** Messages kept per rule; the rest are summed up in one closing line per rule (default 20). */
  maxMessagesPerRule?: number;
}
