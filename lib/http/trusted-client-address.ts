import http from 'node:http';
import { clientAddress } from './client-address';

/**
 * Next.js 16 gives route handlers no socket address, and it keeps an X-Forwarded-For the client
 * sent (it only fills the header in when absent). So the server rewrites the header once, where
 * the socket is still known, before Next.js or next-auth reads it: afterwards X-Forwarded-For holds
 * exactly one address, the client as TRUSTED_PROXY_HOPS defines it (lib/http/client-address.ts).
 */
export function installTrustedClientAddress(hops: number): void {
  const proto = http.Server.prototype as http.Server & { __odClientAddress?: boolean };
  if (proto.__odClientAddress) return;
  proto.__odClientAddress = true;
  const emit = proto.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const req = args[0] as http.IncomingMessage;
      req.headers['x-forwarded-for'] = clientAddress(
        req.headers['x-forwarded-for'],
        req.socket.remoteAddress,
        hops,
      );
    }
    return emit.call(this, event, ...args);
  } as typeof proto.emit;
}
