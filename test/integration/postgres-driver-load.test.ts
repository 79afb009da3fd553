// Loading pg costs start-up (PRODUCT.md R8, the tiny CI case): on Node < 21 its Cloudflare check
// would construct a Response and so load undici. db/postgres/connect.ts loads pg with a stand-in
// `navigator` that it removes again. A fresh process (the built dist/, as the CLI runs it)
// connects through connectPostgres and reports what it loaded: pg works, undici was never
// loaded, the global is as it was, and pg still takes Node's socket path (an SSL request goes
// to the server, which here refuses it). A build loads the driver as one bundled file
// (dist/bundle/pg.cjs), never the ≈ 30 modules of node_modules/pg.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { postgresServerUrl } from '../helpers/db.js';

const serverUrl = postgresServerUrl();
const CONNECT_MODULE = pathToFileURL(new URL('../../dist/db/postgres/connect.js', import.meta.url).pathname).href;

interface Probe {
  navigatorBefore: string;
  navigatorAfter: string;
  one: number;
  sslError: string;
  undiciLoaded: boolean;
  driverFiles: string[];
}

function probe(url: string): Probe {
  const script = `
    const navigatorBefore = typeof globalThis.navigator;
    const { createRequire } = await import('node:module');
    const { connectPostgres } = await import(${JSON.stringify(CONNECT_MODULE)});
    const db = await connectPostgres(${JSON.stringify(url)});
    const { rows } = await db.query('SELECT 1 AS one');
    await db.close();
    const ssl = new URL(${JSON.stringify(url)});
    ssl.searchParams.set('sslmode', 'require');
    const sslError = await connectPostgres(ssl.toString()).then((other) => other.close().then(() => 'connected'), (error) => error.message);
    console.log(JSON.stringify({ navigatorBefore, navigatorAfter: typeof globalThis.navigator, one: rows[0].one, sslError,
      undiciLoaded: process.moduleLoadList.some((name) => name.includes('undici')),
      driverFiles: Object.keys(createRequire(import.meta.url).cache).filter((path) => /[\\/](pg|pg-protocol|pg-types)[\\/]|pg\\.cjs$/.test(path)) }));
  `;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Probe;
}

describe.skipIf(!serverUrl)('loading the PostgreSQL driver', () => {
  it('connects and queries without loading undici, and leaves the globals as they were', () => {
    const result = probe(serverUrl!);
    expect(result.one).toBe(1);
    expect(result.undiciLoaded).toBe(false);
    expect(result.navigatorAfter).toBe(result.navigatorBefore);
  });

  it('loads the driver from the build as one bundled file, not from node_modules/pg', () => {
    const { driverFiles } = probe(serverUrl!);
    expect(driverFiles).toEqual([new URL('../../dist/bundle/pg.cjs', import.meta.url).pathname]);
  });

  it('still asks the server for TLS through Node sockets when the URL requires it', async () => {
    const { sslError } = probe(serverUrl!);
    // The test server runs without SSL; a server with SSL would have connected.
    expect(sslError).toMatch(/does not support SSL|connected/);
  });
});
