import { describe, expect, it } from 'vitest';
import { joinPath, joinPathFromTyped, joinUrl } from '@/lib/classes/join-link';
import { qrPath } from '@/lib/classes/qr-path';

describe('invite links', () => {
  it('puts the readable code in the path and keeps the app origin', () => {
    expect(joinPath('GAFVGL2D')).toBe('/join/GAFV-GL2D');
    expect(joinUrl('https://school.example/', 'GAFVGL2D')).toBe('https://school.example/join/GAFV-GL2D');
  });

  it('accepts a code typed in lower case or without the dash, and refuses anything else', () => {
    expect(joinPathFromTyped(' gafvgl2d ')).toBe('/join/GAFV-GL2D');
    expect(joinPathFromTyped('gafv-gl2d')).toBe('/join/GAFV-GL2D');
    expect(joinPathFromTyped('GAFV-GL2')).toBeNull();
    expect(joinPathFromTyped('https://evil.example')).toBeNull();
  });
});

describe('QR code path', () => {
  /** Dark modules of the path, as "col,row" strings. */
  function dark(d: string): Set<string> {
    return new Set([...d.matchAll(/M(\d+) (\d+)/g)].map((m) => `${m[1]},${m[2]}`));
  }

  it('draws the three finder squares a phone camera looks for', () => {
    const { size, d } = qrPath('https://school.example/join/GAFV-GL2D');
    expect(size).toBeGreaterThanOrEqual(21);
    const on = dark(d);
    for (const [x, y] of [
      [0, 0],
      [size - 7, 0],
      [0, size - 7],
    ] as const) {
      // A finder is a dark 7×7 ring around a light ring around a dark 3×3 centre.
      expect(on.has(`${x},${y}`)).toBe(true);
      expect(on.has(`${x + 6},${y + 6}`)).toBe(true);
      expect(on.has(`${x + 1},${y + 1}`)).toBe(false);
      expect(on.has(`${x + 3},${y + 3}`)).toBe(true);
    }
  });

  it('encodes the link it is given (different links, different codes)', () => {
    expect(qrPath('https://a.example/join/AAAA-2222').d).not.toBe(
      qrPath('https://a.example/join/BBBB-3333').d,
    );
  });
});
