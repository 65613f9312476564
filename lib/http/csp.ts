/**
 * The Content-Security-Policy the app runs under (SECURITY.md, "Content-Security-Policy").
 * Scripts: only this origin's files, plus the inline scripts Next.js writes into each page: on a
 * page rendered per request they carry a fresh nonce; on a prerendered (static) page they are
 * fixed at build time and allowed by their SHA-256 hashes, so public pages stay static.
 * No 'unsafe-eval' and no 'unsafe-inline' scripts in production. Styles allow inline attributes
 * (React style props); styles cannot run code.
 */
export interface CspInput {
  nonce?: string;
  scriptHashes?: readonly string[];
  https: boolean;
  development: boolean;
}

export function contentSecurityPolicy({ nonce, scriptHashes = [], https, development }: CspInput): string {
  const scripts = [
    "'self'",
    ...(nonce ? [`'nonce-${nonce}'`] : []),
    ...scriptHashes.map((hash) => `'sha256-${hash}'`),
    // React's development build evaluates source maps; never in production.
    ...(development ? ["'unsafe-eval'"] : []),
  ];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? ' ws:' : ''}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** HSTS only when the public URL is https: browsers ignore it over http, and it must not pin localhost. */
export function strictTransportSecurity(publicUrl: string | undefined): string | null {
  return publicUrl?.startsWith('https://') ? 'max-age=31536000; includeSubDomains' : null;
}

/** A nonce of 128 random bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
