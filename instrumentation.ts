// Runs once when the Next.js server starts.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  await import('./lib/check-env-at-start');
  const [{ getEnv }, { installSocketGate }, { loadContent }, { loadScenarios }, { councilCatalog }] =
    await Promise.all([
      import('./lib/env'),
      import('./lib/http/socket-gate'),
      import('./lib/content/load'),
      import('./lib/scenario/loader'),
      import('./lib/council/catalog'),
    ]);
  installSocketGate(getEnv().TRUSTED_PROXY_HOPS);
  // Content is parsed and validated here, once per process (lib/content/process-cache.ts), before the
  // first request, instead of under a class's first answers.
  loadContent();
  loadScenarios();
  councilCatalog();
}
