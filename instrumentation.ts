// Runs once when the Next.js server starts.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  await import('./lib/check-env-at-start');
  const [
    { getEnv },
    { installSocketGate },
    { answerFromSnapshot, snapshotStaticPages },
    { loadContent },
    { loadScenarios },
    { councilCatalog },
  ] = await Promise.all([
    import('./lib/env'),
    import('./lib/http/socket-gate'),
    import('./lib/http/prerendered-pages'),
    import('./lib/content/load'),
    import('./lib/scenario/loader'),
    import('./lib/council/catalog'),
  ]);
  // A production build's prerendered public pages are answered from memory once the server has
  // fetched them from itself (lib/http/prerendered-pages.ts); `next dev` renders every request.
  const production = process.env.NODE_ENV === 'production';
  installSocketGate(
    getEnv().TRUSTED_PROXY_HOPS,
    production
      ? {
          early: answerFromSnapshot,
          serving: (server) =>
            void snapshotStaticPages(server).catch((err: unknown) =>
              console.error('prerendered pages are rendered per request:', err),
            ),
        }
      : {},
  );
  // Content is parsed and validated here, once per process (lib/process-cache.ts), before the
  // first request, instead of under a class's first answers.
  loadContent();
  loadScenarios();
  councilCatalog();
}
