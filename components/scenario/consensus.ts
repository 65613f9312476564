import type { TPublicMeter } from '@/lib/scenario';

/**
 * The consensus mechanic of a scenario, for display. In the-table every delegation has a stance
 * meter (`stance-…`), and a stance at or below the threshold blocks an invitation put to a vote —
 * the rule its vote nodes encode as `atMost: 2` conditions (an integration test keeps the two in step).
 */
export const CONSENSUS_RULES: Record<string, { meterPrefix: string; blockAtOrBelow: number }> = {
  'the-table': { meterPrefix: 'stance-', blockAtOrBelow: 2 },
};

export type TAllyStance = {
  id: string;
  ally: string;
  value: number;
  min: number;
  max: number;
  blocks: boolean;
};

export function consensusOf(
  slug: string,
  meters: TPublicMeter[],
): { threshold: number; allies: TAllyStance[] } | null {
  const rule = CONSENSUS_RULES[slug];
  if (!rule) return null;
  const allies = meters
    .filter((m) => m.id.startsWith(rule.meterPrefix))
    .map((m) => ({
      id: m.id,
      // Labels read "Germany: stance"; the table's column already says "stance".
      ally: m.label.replace(/:\s*stance$/i, ''),
      value: m.value,
      min: m.min,
      max: m.max,
      blocks: m.value <= rule.blockAtOrBelow,
    }));
  return { threshold: rule.blockAtOrBelow, allies };
}

/** The meters the consensus table already shows, so the meter list need not repeat them. */
export function isConsensusMeter(slug: string, meterId: string): boolean {
  const rule = CONSENSUS_RULES[slug];
  return rule !== undefined && meterId.startsWith(rule.meterPrefix);
}

/** "2 of 6 would block a vote now: Germany, Hungary." — the verdict the panel prints and the player announces. */
export function consensusVerdict(allies: readonly TAllyStance[], when: 'now' | 'at the end'): string {
  const blockers = allies.filter((a) => a.blocks);
  return blockers.length === 0
    ? `No delegation would block a vote ${when}.`
    : `${blockers.length} of ${allies.length} would block a vote ${when}: ${blockers.map((b) => b.ally).join(', ')}.`;
}
