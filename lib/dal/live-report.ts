import 'server-only';
import { db } from '@/lib/db';
import { getModule, getQuestion } from '@/lib/content/load';
import { buildLiveReport, liveReportCsv, type TLiveReport } from '@/lib/live/report';
import { findTeacherLiveSession } from './live';
import { itemOrderOf } from './live-rows';
import type { SessionUser } from './users';

/** The teacher's report of one of their live lessons; null for anyone else's. */
export async function getLiveReport(
  teacher: SessionUser,
  sessionId: string,
): Promise<
  (TLiveReport & { moduleTitle: string; startedAt: Date; endedAt: Date | null; classId: string }) | null
> {
  const row = await findTeacherLiveSession(teacher, sessionId);
  if (!row) return null;
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
    classId: row.classId,
  };
}

export async function liveReportFile(teacher: SessionUser, sessionId: string) {
  const report = await getLiveReport(teacher, sessionId);
  if (!report) return null;
  const day = report.startedAt.toISOString().slice(0, 10);
  return { filename: `live-lesson-${day}-${sessionId}.csv`, csv: liveReportCsv(report) };
}
