// The `preview` server: serves the interactive page on 127.0.0.1 and pushes each new universe
// (or the error that kept one from being made) to every open page as server-sent events, so the
// page redraws without a reload and keeps its view.
//
//   GET /         the page, with the current universe embedded (as `map --out x.html` writes it)
//   GET /events   text/event-stream: `universe` events (the page data; the event id is its version)
//                 and `problem` events (a message). A page that connects with an older version
//                 than the current one (its embedded version, or EventSource's Last-Event-ID after
//                 a reconnect) is sent the current universe at once.
// Only loopback addresses are served, and only requests naming this host: a web page elsewhere
// cannot reach the server through a DNS name that points at 127.0.0.1.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { assemblePage, loadPageAssets } from './page.js';
import type { PageData } from './page-data.js';

export const PREVIEW_HOST = '127.0.0.1';
/** A comment line every so often keeps proxies and the browser from dropping an idle stream. */
const KEEP_ALIVE_MS = 15_000;

export interface PreviewServer {
  /** http://127.0.0.1:PORT/ */
  readonly url: string;
  /** Makes `data` the current universe and sends it to every open page. */
  publish(data: PageData): void;
  /** Tells every open page why the universe was not regenerated (it keeps the last good one). */
  problem(message: string): void;
  close(): Promise<void>;
}

export async function startPreviewServer(initial: PageData, port: number): Promise<PreviewServer> {
  const assets = loadPageAssets();
  let current = initial;
  let version = 1;
  let lastProblem: string | null = null;
  const streams = new Set<ServerResponse>();

  const send = (stream: ServerResponse, event: string, data: string, id?: number): void => {
    // SSE data lines: the JSON has no raw newlines; a message may, so each line is sent as its own data field.
    const lines = data.split('\n').map((line) => `data: ${line}`).join('\n');
    stream.write(`${id === undefined ? '' : `id: ${id}\n`}event: ${event}\n${lines}\n\n`);
  };
  const universeEvent = (): string => JSON.stringify(current);

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const address = server.address() as AddressInfo;
    const allowedHosts = [`${PREVIEW_HOST}:${address.port}`, `localhost:${address.port}`];
    if (!allowedHosts.includes(request.headers.host ?? '')) {
      response.writeHead(421, { 'content-type': 'text/plain' }).end('this preview server answers only to its own address\n');
      return;
    }
    const path = new URL(request.url ?? '/', `http://${PREVIEW_HOST}`).pathname;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
    } else if (path === '/') {
      const html = assemblePage(assets, current, { eventsUrl: '/events', version });
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(request.method === 'HEAD' ? undefined : html);
    } else if (path === '/events') {
      const query = new URL(request.url ?? '/', `http://${PREVIEW_HOST}`).searchParams.get('version');
      const seen = Number(request.headers['last-event-id'] ?? query ?? '0');
      response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
      response.write(': connected\n\n');
      streams.add(response);
      request.on('close', () => streams.delete(response));
      if (!(seen >= version)) send(response, 'universe', universeEvent(), version);
      if (lastProblem !== null) send(response, 'problem', lastProblem);
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    }
  });
  const keepAlive = setInterval(() => {
    for (const stream of streams) stream.write(': keep-alive\n\n');
  }, KEEP_ALIVE_MS);
  keepAlive.unref();

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, PREVIEW_HOST, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const { port: boundPort } = server.address() as AddressInfo;
  return {
    url: `http://${PREVIEW_HOST}:${boundPort}/`,
    publish(data) {
      current = data;
      version++;
      lastProblem = null;
      const event = universeEvent();
      for (const stream of streams) send(stream, 'universe', event, version);
    },
    problem(message) {
      lastProblem = message;
      for (const stream of streams) send(stream, 'problem', message);
    },
    close: () =>
      new Promise<void>((resolveClose) => {
        clearInterval(keepAlive);
        for (const stream of streams) stream.end();
        streams.clear();
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}
