import 'server-only';
import { db } from '@/lib/db';
import { toPublicRunView } from '@/lib/scenario';
import { buildScenarioReport, offeredChoiceIds, type TReportDecisionNode } from '@/lib/live/scenario-report';
import { liveScenarioReportCsv } from '@/lib/live/scenario-report-csv';
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
      select: { step: true, nodeId: true, choiceId: true, reason: true },
    }),
    db().liveChoiceVote.findMany({
      where: { sessionId },
      select: { studentId: true, step: true, choiceId: true, student: { select: { displayName: true } } },
    }),
  ]);
  const nodes = run.loaded.scenario.nodes.flatMap((n): TReportDecisionNode[] =>
    n.kind === 'decision' ? [n] : [],
  );
  // The students are those who voted in the lesson (a scenario lesson has no attempt to join).
  const voters = new Map(votes.map((v) => [v.studentId, { id: v.studentId, name: v.student.displayName }]));
  const offered = offeredChoiceIds(run.loaded.scenario, run.row.seed, run.state.log);
  return {
    ...buildScenarioReport(nodes, decisions, votes, [...voters.values()], offered),
    title: run.loaded.scenario.title,
    classId: row.classId,
    startedAt: row.startedAt,
    endedAt: row.endedAt,
    endedIdle: row.endedBy === 'IDLE',
    endingTitle: toPublicRunView(run.state, run.loaded.scenario).ending?.title ?? null,
  };
}

/** The report as a CSV download; null for anyone else's lesson. */
export async function liveScenarioReportFile(teacher: SessionUser, sessionId: string) {
  const report = await getLiveScenarioReport(teacher, sessionId);
  if (!report) return null;
  const day = report.startedAt.toISOString().slice(0, 10);
  return { filename: `live-scenario-${day}-${sessionId}.csv`, csv: liveScenarioReportCsv(report) };
}
