import http from 'node:http';
import { clientAddress } from './client-address';
import { ALLOWED_METHODS } from './request-screen';

/**
 * Two things only the socket layer can do, before Next.js sees the request:
 *  - the client address: Next.js 16 gives handlers no socket address and keeps an X-Forwarded-For
 *    the client sent (it fills the header in only when absent), so the header is rewritten here to
 *    exactly one address, the client as TRUSTED_PROXY_HOPS defines it (lib/http/client-address.ts);
 *  - methods the Fetch standard forbids (TRACE, TRACK, CONNECT): Next.js cannot build a Request for
 *    them and answers 500, so they get 405 here (issue 9, row 7);
 *  - optionally (`early`), answering a request before Next.js routes it: the prerendered public
 *    pages kept in memory (lib/http/prerendered-pages.ts); `serving` runs once per server, at its
 *    first request (Next.js may run instrumentation only after the server began listening).
 */
const FORBIDDEN_METHODS = new Set(['TRACE', 'TRACK', 'CONNECT']);

export type TGateHooks = {
  early?: (req: http.IncomingMessage, res: http.ServerResponse) => boolean;
  serving?: (server: http.Server) => void;
};

export function installSocketGate(hops: number, hooks: TGateHooks = {}): void {
  const proto = http.Server.prototype as http.Server & { __odSocketGate?: boolean };
  if (proto.__odSocketGate) return;
  proto.__odSocketGate = true;
  const served = new WeakSet<http.Server>();
  const emit = proto.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      if (!served.has(this)) {
        served.add(this);
        hooks.serving?.(this);
      }
      const req = args[0] as http.IncomingMessage;
      const res = args[1] as http.ServerResponse;
      if (FORBIDDEN_METHODS.has((req.method ?? '').toUpperCase())) {
        res.writeHead(405, { Allow: ALLOWED_METHODS, 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: 'Method not allowed.', reason: 'method' }));
        return true;
      }
      req.headers['x-forwarded-for'] = clientAddress(
        req.headers['x-forwarded-for'],
        req.socket.remoteAddress,
        hops,
      );
      if (hooks.early?.(req, res)) return true;
    }
    return emit.call(this, event, ...args);
  } as typeof proto.emit;
}
