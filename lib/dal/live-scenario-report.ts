import 'server-only';
import { db } from '@/lib/db';
import { toPublicRunView } from '@/lib/scenario';
import { followsClassVote, tallyChoices } from '@/lib/live/class-decision';
import type { TLiveScenarioReport } from '@/lib/live/scenario-view-types';
import { findTeacherLiveSession } from './live';
import { liveRunOf } from './live-run';
import type { SessionUser } from './users';

/** The teacher's report of a live scenario lesson; null for anyone else's (or a quiz lesson). */
export async function getLiveScenarioReport(
  teacher: SessionUser,
  sessionId: string,
): Promise<TLiveScenarioReport | null> {
  const row = await findTeacherLiveSession(teacher, sessionId);
  if (!row || row.kind !== 'SCENARIO') return null;
  const run = await liveRunOf(sessionId);
  if (!run) return null;
  const [decisions, votes] = await Promise.all([
    db().scenarioDecision.findMany({
      where: { runId: run.row.id },
      orderBy: { step: 'asc' },
      select: { step: true, nodeId: true, choiceId: true, reason: true },
    }),
    db().liveChoiceVote.findMany({ where: { sessionId }, select: { step: true, choiceId: true } }),
  ]);
  const nodes = new Map(run.loaded.scenario.nodes.map((n) => [n.id, n]));
  return {
    title: run.loaded.scenario.title,
    classId: row.classId,
    startedAt: row.startedAt,
    endedAt: row.endedAt,
    decisions: decisions.flatMap((d) => {
      const node = nodes.get(d.nodeId);
      if (node?.kind !== 'decision') return [];
      const tally = tallyChoices(
        node.choices,
        votes.filter((v) => v.step === d.step).map((v) => v.choiceId),
      );
      return [
        {
          step: d.step,
          nodeTitle: node.title,
          votes: tally,
          chosen: node.choices.find((c) => c.id === d.choiceId)?.label ?? d.choiceId,
          followedVote: followsClassVote(tally, d.choiceId),
          reason: d.reason,
        },
      ];
    }),
    endingTitle: toPublicRunView(run.state, run.loaded.scenario).ending?.title ?? null,
  };
}
