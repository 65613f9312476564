import type { TRunPayload } from '@/lib/scenario/run-types';
import { consensusOf, consensusVerdict } from './consensus';
import { changeWords } from './format';

/**
 * What a screen reader hears after a choice (accessibility review L6): what happened, how the meters
 * moved ("Changes: Allied unity 5 → 6 (up 1, better); …"), in The Table whether a vote would pass,
 * then what comes next. Focus lands on the next heading, after "What just happened", so the effects
 * must be in the announcement or a listener would have to go back up to find them.
 */
export function announceStep(run: TRunPayload): string {
  const { lastStep, view } = run;
  const parts: string[] = [];
  if (lastStep) {
    parts.push(`${lastStep.label}. ${lastStep.consequence}`);
    if (lastStep.changes.length > 0) {
      const changes = lastStep.changes.map(
        (c) => `${c.label} ${c.from} → ${c.to} (${changeWords(c.from, c.to, c.good)})`,
      );
      parts.push(`Changes: ${changes.join('; ')}.`);
    }
  }
  const consensus = view.ending ? null : consensusOf(view.scenario.slug, view.meters);
  if (consensus) parts.push(`Vote: ${consensusVerdict(consensus.allies, 'now')}`);
  if (view.ending) parts.push(`The run has ended: ${view.ending.title}.`);
  else if (view.node) parts.push(`Next: ${view.node.title}.`);
  return parts.join(' ');
}
