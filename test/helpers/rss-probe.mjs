// Preloaded into a spawned CLI (node --import) by tests that bound its memory: at exit, writes
// the process's peak resident set size in KiB to the file named by RSS_PROBE_FILE. Plain
// JavaScript so node can load it without a build step.
import { writeFileSync } from 'node:fs';

const target = process.env.RSS_PROBE_FILE;
if (target) {
  process.on('exit', () => {
    writeFileSync(target, String(process.resourceUsage().maxRSS));
  });
}
