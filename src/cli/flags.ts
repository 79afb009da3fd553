// The command line's names for the options an error can be about (errors.ts): the CLI fills a
// message's option hole with the flag, so a user reads "--epoch" where an API caller reads "epoch".
import { RuntimeError, UsageError, type OptionKey } from '../errors.js';

const FLAGS: Record<OptionKey, string> = {
  seed: '--seed',
  preset: '--preset',
  config: '--config',
  scale: '--scale',
  epoch: '--epoch',
  databaseUrl: '--database-url',
  dataDir: '--data-dir',
  replace: '--replace',
  detachServers: '--detach-servers',
  rehome: '--rehome',
  region: '--region',
};

export function flagName(option: OptionKey): string {
  return FLAGS[option];
}

/** An error's message as the command line says it (options named by flag). */
export function messageOf(error: unknown): string {
  if (error instanceof UsageError || error instanceof RuntimeError) return error.messageNaming(flagName);
  return error instanceof Error ? error.message : String(error);
}
