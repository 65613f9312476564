import { describe, expect, it } from 'vitest';
import { clientAddress } from '@/lib/http/client-address';

describe('client address from TRUSTED_PROXY_HOPS', () => {
  it('ignores X-Forwarded-For without a trusted proxy: the socket it is', () => {
    expect(clientAddress('1.2.3.4', '10.0.0.9', 0)).toBe('10.0.0.9');
    expect(clientAddress(['5.6.7.8, 1.2.3.4'], '::ffff:10.0.0.9', 0)).toBe('10.0.0.9');
  });

  it('takes the n-th address from the right behind n proxies', () => {
    // The client claims 6.6.6.6; the school proxy saw 81.2.69.160, the load balancer saw the proxy.
    const chain = '6.6.6.6, 81.2.69.160, 10.1.1.1';
    expect(clientAddress(chain, '10.0.0.2', 1)).toBe('10.1.1.1');
    expect(clientAddress(chain, '10.0.0.2', 2)).toBe('81.2.69.160');
    expect(clientAddress(['6.6.6.6', '81.2.69.160'], '10.0.0.2', 1)).toBe('81.2.69.160');
  });

  it('falls back to the socket when the chain is shorter than the hops or not an address', () => {
    expect(clientAddress('81.2.69.160', '10.0.0.2', 2)).toBe('10.0.0.2');
    expect(clientAddress(undefined, '10.0.0.2', 1)).toBe('10.0.0.2');
    expect(clientAddress('not-an-ip', '10.0.0.2', 1)).toBe('10.0.0.2');
    expect(clientAddress('1.2.3.4', undefined, 0)).toBe('unknown');
  });

  it('gives every rotated claim the same address (issue 9, row 2)', () => {
    const seen = new Set(
      Array.from({ length: 108 }, (_, i) => clientAddress(`203.0.113.${i}`, '127.0.0.1', 0)),
    );
    expect([...seen]).toEqual(['127.0.0.1']);
  });
});
