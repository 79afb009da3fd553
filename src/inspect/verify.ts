// `verify`: checks a universe against every invariant of PRODUCT.md R4 and every schema
// constraint that can be checked on rows, and returns the violations (empty = valid).
// Rules, by family (each module's header lists its rules and says how they are tested):
//   schema.*     verify-schema.ts     types, NOT NULL, VARCHAR lengths, keys, uniques, references, CHECKs
//   names.*, hierarchy.*, genesis   verify-hierarchy.ts
//   gates.*, security.smooth        verify-gates.ts
//   stars.*, planets.*, moons.*     verify-bodies.ts
//   stations.*, belts.*, anomalies.*, wormholes.*   verify-sites.ts
//   shape.*      verify-shape.ts      statistics that need scale (on by default from 200 systems)
// verifyOptionsFromConfig (verify-config.ts) turns a universe's generation parameters into the
// options that judge it by them (shape targets, starter names, wormhole lifetimes).
// Rules that read rows of a parent skip children whose parent is missing (schema.reference
// reports those), so one defect is reported once, under its own rule.
import type { UniverseTables } from '../universe/rows.js';
import { checkBodies } from './verify-bodies.js';
import { DEFAULT_STARTER } from './starter.js';
import { buildVerifyContext, ViolationCollector, type Violation } from './verify-context.js';
import type { VerifyOptions } from './verify-options.js';
import { checkGates } from './verify-gates.js';
import { checkHierarchy } from './verify-hierarchy.js';
import { checkSchema } from './verify-schema.js';
import { checkShape, DEFAULT_SHAPE_TARGETS, SHAPE_CHECK_MIN_SYSTEMS } from './verify-shape.js';
import { checkSites } from './verify-sites.js';

export type { StarterNames } from './starter.js';
export type { Violation } from './verify-context.js';
export type { VerifyOptions } from './verify-options.js';
export { verifyOptionsFromConfig } from './verify-config.js';
export { DEFAULT_SHAPE_TARGETS, type ShapeTargets } from './verify-shape.js';

export function verifyUniverse(tables: UniverseTables, options: VerifyOptions = {}): Violation[] {
  const collector = new ViolationCollector(options.maxMessagesPerRule ?? 20);
  const context = buildVerifyContext(tables, collector, options.starter ?? DEFAULT_STARTER);
  checkSchema(context);
  checkHierarchy(context);
  checkGates(context);
  checkBodies(context);
  checkSites(context, { epoch: options.epoch, lifetimeHours: options.wormholeLifetimeHours });
  const shapeChecks = options.shapeChecks ?? tables.solar_systems.length >= SHAPE_CHECK_MIN_SYSTEMS;
  if (shapeChecks) checkShape(context, { ...DEFAULT_SHAPE_TARGETS, ...options.shapeTargets });
  return collector.finish();
}
