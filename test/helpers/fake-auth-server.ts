// A loopback TCP server that speaks just enough of the PostgreSQL wire protocol to ask for a
// cleartext password and then reject it with SQLSTATE 28P01 — the "wrong password" case, which
// the local server (trust auth) cannot produce.
import { createServer, type Server } from 'node:net';

function message(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0, 'latin1');
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

function errorResponse(code: string, text: string): Buffer {
  const field = (tag: string, value: string): Buffer => Buffer.concat([Buffer.from(tag + value, 'utf8'), Buffer.from([0])]);
  return message('E', Buffer.concat([field('S', 'FATAL'), field('C', code), field('M', text), Buffer.from([0])]));
}

export async function startFakeAuthServer(): Promise<{ port: number; close(): Promise<void> }> {
  const server: Server = createServer((socket) => {
    let greeted = false;
    socket.on('data', (data) => {
      if (!greeted) {
        greeted = true;
        // SSLRequest (length 8, code 80877103) is answered "N"; otherwise it is the startup message.
        if (data.length === 8 && data.readInt32BE(4) === 80877103) {
          socket.write('N');
          greeted = false;
          return;
        }
        const auth = Buffer.alloc(4);
        auth.writeInt32BE(3, 0); // AuthenticationCleartextPassword
        socket.write(message('R', auth));
        return;
      }
      socket.end(errorResponse('28P01', 'password authentication failed for user "pilot"'));
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    port: address.port,
    close: () => new Promise<void>((resolveClose) => server.close(() => resolveClose())),
  };
}
