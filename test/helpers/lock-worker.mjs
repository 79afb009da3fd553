// A contender for an embedded data dir's lock, run as its own process by the lock stress test:
// for `durationMs` it takes the real lock (dist/db/pglite/dir-lock.js) as often as it can and, while
// holding it, marks the critical section with a file that only one holder may create. A second
// holder finds the mark and reports a violation. At the end it exits while holding the lock
// (without releasing it), as a kill -9 would, leaving a stale lock for the next wave.
// Usage: node lock-worker.mjs <dist dir-lock.js URL> <data dir> <durationMs>
import { rmSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const [moduleUrl, directory, durationText] = process.argv.slice(2);
const { lockDirectory } = await import(moduleUrl);
const mark = `${directory}.inside`;
const deadline = Date.now() + Number(durationText);
let acquired = 0;
let violations = 0;
const busyWait = (ms) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};
while (true) {
  let release;
  try {
    release = lockDirectory(directory);
  } catch {
    busyWait(1);
    if (Date.now() > deadline) break;
    continue;
  }
  acquired++;
  try {
    writeFileSync(mark, String(process.pid), { flag: 'wx' });
  } catch {
    violations++;
  }
  busyWait(2);
  rmSync(mark, { force: true });
  if (Date.now() > deadline) {
    // Die holding the lock: the next wave starts over a stale lock.
    process.stdout.write(JSON.stringify({ acquired, violations }) + '\n');
    process.exit(0);
  }
  release();
}
process.stdout.write(JSON.stringify({ acquired, violations }) + '\n');
