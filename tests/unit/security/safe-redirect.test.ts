import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from '@/lib/safe-redirect';

describe('the one redirect rule', () => {
  // Issue 9, row 3, as the query string decodes them, plus what browsers normalise: they drop TAB,
  // CR and LF anywhere in a URL and read "\" as "/", so each of these would leave the site.
  const leaving = [
    '/\t/evil.example/',
    '/\n/evil.example/',
    '/\r/evil.example/',
    '/\t\\evil.example/',
    '//evil.example/',
    '/\\evil.example/',
    '/\\/evil.example/',
    '\\\\evil.example',
    '/%09/evil.example/',
    '/%0A/evil.example/',
    '/%0D/evil.example/',
    '/%09%5C/evil.example/',
    '/%2F/evil.example/',
    '/%5Cevil.example',
    '/\u0000/evil.example',
    '/\u007f/evil.example',
    'https://evil.example/',
    'http:evil.example',
    'javascript:alert(1)',
    ' /home',
    'home',
    '',
    '/%E0%A4%A',
  ];
  it.each(leaving)('refuses %j', (value) => {
    expect(safeCallbackPath(value, '/fallback')).toBe('/fallback');
  });

  const staying: [string, string][] = [
    ['/student', '/student'],
    ['/modules/nato-basics/quiz?mode=TEST#q3', '/modules/nato-basics/quiz?mode=TEST#q3'],
    ['/a/../teacher', '/teacher'],
    ['/search?q=%2F%2Fnot-a-host', '/search?q=%2F%2Fnot-a-host'],
  ];
  it.each(staying)('keeps the same-origin path %j', (value, expected) => {
    expect(safeCallbackPath(value, '/fallback')).toBe(expected);
  });

  it('falls back when nothing is given', () => {
    expect(safeCallbackPath(undefined)).toBe('/home');
    expect(safeCallbackPath(null, '/x')).toBe('/x');
  });
});
