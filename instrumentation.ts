// Runs once when the Next.js server starts.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  await import('./lib/check-env-at-start');
  const [{ getEnv }, { installTrustedClientAddress }] = await Promise.all([
    import('./lib/env'),
    import('./lib/http/trusted-client-address'),
  ]);
  installTrustedClientAddress(getEnv().TRUSTED_PROXY_HOPS);
}
