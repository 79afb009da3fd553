// Preloaded into a spawned CLI (node --import) by the bundle test: records every module the
// process loads, ES modules through a loader hook (which runs on its own thread in Node 20, so it
// appends each URL to the file named by MODULE_PROBE_FILE itself) and CommonJS ones (zod is
// required) from the require cache at exit. Plain JavaScript so node can load it without a build.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const target = process.env.MODULE_PROBE_FILE;
if (target) {
  register(
    `data:text/javascript,${encodeURIComponent(`
      import { appendFileSync } from 'node:fs';
      export async function load(url, context, next) {
        appendFileSync(${JSON.stringify(target)}, url + '\\n');
        return next(url, context);
      }`)}`,
  );
  process.on('exit', () => {
    const required = Object.keys(createRequire(import.meta.url).cache).map((path) => `file://${path}`);
    appendFileSync(target, required.map((url) => `${url}\n`).join(''));
  });
}
