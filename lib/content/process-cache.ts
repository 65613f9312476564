/**
 * A cache shared by the whole server process. Next.js may evaluate a module once per route bundle,
 * so a module-level Map would be filled (and the content tree parsed and validated, ≈ 0.5 s of CPU)
 * once per route, under a class's first requests. Keyed on globalThis with a registered symbol, every
 * copy of a loader finds the same Map, and instrumentation.ts fills it before the first request.
 */
export function processCache<V>(name: string): Map<string, V> {
  const key = Symbol.for(`open-door.cache.${name}`);
  const shared = globalThis as { [key: symbol]: Map<string, V> | undefined };
  return (shared[key] ??= new Map<string, V>());
}
