import 'server-only';
import { db } from '@/lib/db';
import { getModule, getQuestion } from '@/lib/content/load';
import { buildLiveReport, liveReportCsv, type TLiveReport } from '@/lib/live/report';
import { findTeacherLiveSession } from './live';
import { liveScenarioReportFile } from './live-scenario-report';
import { itemOrderOf } from './live-rows';
import type { SessionUser } from './users';

/** The teacher's report of one of their live quiz lessons; null for anyone else's (or a scenario lesson). */
export async function getLiveReport(
  teacher: SessionUser,
  sessionId: string,
): Promise<
  | (TLiveReport & {
      moduleTitle: string;
      startedAt: Date;
      endedAt: Date | null;
      endedIdle: boolean;
      classId: string;
    })
  | null
> {
  const row = await findTeacherLiveSession(teacher, sessionId);
  if (!row || row.kind !== 'QUIZ') return null;
  const questions = itemOrderOf(row).map((id) => ({ id, prompt: getQuestion(id)?.question.prompt ?? id }));
  const [attempts, votes] = await Promise.all([
    db().quizAttempt.findMany({
      where: { liveSessionId: sessionId },
      select: { student: { select: { id: true, displayName: true } } },
    }),
    db().liveVote.findMany({
      where: { sessionId },
      select: { studentId: true, questionId: true, round: true, correct: true },
    }),
  ]);
  const students = attempts.map((a) => ({ id: a.student.id, name: a.student.displayName }));
  return {
    ...buildLiveReport(questions, students, votes),
    moduleTitle: getModule(row.contentSlug)?.title ?? row.contentSlug,
    startedAt: row.startedAt,
    endedAt: row.endedAt,
    endedIdle: row.endedBy === 'IDLE',
    classId: row.classId,
  };
}

async function liveQuizReportFile(teacher: SessionUser, sessionId: string) {
  const report = await getLiveReport(teacher, sessionId);
  if (!report) return null;
  const day = report.startedAt.toISOString().slice(0, 10);
  return { filename: `live-lesson-${day}-${sessionId}.csv`, csv: liveReportCsv(report) };
}

/**
 * A lesson's report as CSV, whichever kind it is: a quiz lesson's votes per question and student,
 * a scenario lesson's decisions and votes. One URL per lesson, so the report page links to the same
 * place for both; null for anyone else's lesson.
 */
export async function liveLessonReportFile(teacher: SessionUser, sessionId: string) {
  const row = await findTeacherLiveSession(teacher, sessionId);
  if (!row) return null;
  return row.kind === 'SCENARIO'
    ? liveScenarioReportFile(teacher, sessionId)
    : liveQuizReportFile(teacher, sessionId);
}
