import { isIP } from 'node:net';

/**
 * The address a request came from, as far as this deployment can trust it. With no trusted proxy
 * (hops = 0) it is the socket's peer, and any X-Forwarded-For the client sent is ignored: a client
 * can write whatever it likes there (issue 9, row 2: rotating it bypassed the per-address limit).
 * Behind n trusted proxies each appends the address it saw, so the n-th entry from the right was
 * written by the outermost trusted proxy; entries further left are the client's own claims.
 * A chain shorter than n means the request did not pass through every proxy: the socket it is.
 */
export function clientAddress(
  forwardedFor: string | string[] | undefined,
  socketAddress: string | undefined,
  hops: number,
): string {
  const socket = normaliseAddress(socketAddress) ?? 'unknown';
  if (hops <= 0) return socket;
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  if (chain.length < hops) return socket;
  return normaliseAddress(chain[chain.length - hops]) ?? socket;
}

/** An IP address in one spelling ("::ffff:10.0.0.1" → "10.0.0.1"), or undefined when it is not one. */
function normaliseAddress(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const value = raw.startsWith('::ffff:') && isIP(raw.slice(7)) === 4 ? raw.slice(7) : raw;
  return isIP(value) ? value.toLowerCase() : undefined;
}
