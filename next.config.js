/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Several builds can coexist (e.g. parallel work on one machine) by naming their own folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Native and WASM packages stay outside the server bundle.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2', '@prisma/adapter-better-sqlite3', 'pg'],
  experimental: {
    // forbidden() renders app/forbidden.tsx with a 403 when a student opens a teacher page.
    authInterrupts: true,
    // proxy.ts reads request bodies through a buffered copy; it holds at most this much, so a huge
    // body costs no memory (JSON routes stop at 16 KiB: lib/http/json-body.ts).
    proxyClientMaxBodySize: '96kb',
    // Server actions carry a form or a list of names: anything larger is refused with 413.
    serverActions: { bodySizeLimit: '64kb' },
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

export default nextConfig;
