import 'server-only';
import type { TRunState } from '@/lib/scenario';
import type { Tx } from './db-tx';

/**
 * The one way a decision is written into a run, whether a student took it or a teacher took it for
 * the class in a live lesson: the decision row (unique on run and step) and the run's new state, a
 * compare-and-set on the run's step, inside the caller's transaction. Throws `StaleRunWrite` when
 * another writer took this step first.
 */
export async function recordDecision(
  tx: Tx,
  run: { id: string; ownerId: string; step: number; nodeId: string },
  decision: { choiceId: string; reason?: string | null },
  next: TRunState,
  now: Date,
): Promise<void> {
  const ended = next.ended !== undefined;
  await tx.scenarioDecision.create({
    data: {
      runId: run.id,
      step: run.step,
      nodeId: run.nodeId,
      choiceId: decision.choiceId,
      reason: decision.reason ?? null,
    },
  });
  const claimed = await tx.scenarioRun.updateMany({
    where: { id: run.id, studentId: run.ownerId, step: run.step },
    data: {
      state: JSON.stringify(next),
      step: next.step,
      endingId: ended ? next.nodeId : null,
      endedAt: ended ? now : null,
    },
  });
  // The unique (run, step) key already stops a second writer; this guards the run row itself.
  if (claimed.count !== 1) throw new StaleRunWrite();
}

export class StaleRunWrite extends Error {}
