// Runs once when the Next.js server starts.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  await import('./lib/check-env-at-start');
  const [{ getEnv }, { installSocketGate }] = await Promise.all([
    import('./lib/env'),
    import('./lib/http/socket-gate'),
  ]);
  installSocketGate(getEnv().TRUSTED_PROXY_HOPS);
}
