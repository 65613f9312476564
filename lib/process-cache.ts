/**
 * A cache shared by the whole server process. Next.js evaluates a module once per bundle (proxy.ts,
 * route handlers, pages), so a module-level Map would be filled once per bundle: the content tree
 * parsed and validated (≈ 0.5 s of CPU) under a class's first requests, a session token decoded
 * once more per layer. Keyed on globalThis with a registered symbol, every copy of a module finds the
 * same Map; instrumentation.ts fills the content caches before the first request.
 */
export function processCache<V>(name: string): Map<string, V> {
  const key = Symbol.for(`open-door.cache.${name}`);
  const shared = globalThis as { [key: symbol]: Map<string, V> | undefined };
  return (shared[key] ??= new Map<string, V>());
}
