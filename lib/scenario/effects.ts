import type { TEffects, TMeter } from './schema';

/** Applies meter deltas and flag settings; meters are clamped so they never leave their declared range. */
export function applyEffects(
  meters: Readonly<Record<string, number>>,
  flags: Readonly<Record<string, boolean>>,
  effects: TEffects,
  meterDefinitions: ReadonlyMap<string, TMeter>,
): { meters: Record<string, number>; flags: Record<string, boolean> } {
  const nextMeters = { ...meters };
  for (const [id, delta] of Object.entries(effects.meters ?? {})) {
    const definition = meterDefinitions.get(id);
    if (!definition) continue;
    const current = nextMeters[id] ?? definition.start;
    nextMeters[id] = Math.min(definition.max, Math.max(definition.min, current + delta));
  }
  return { meters: nextMeters, flags: { ...flags, ...effects.flags } };
}
