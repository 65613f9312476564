import 'server-only';
import { db } from '@/lib/db';
import { assignmentCsvRows } from '@/lib/export/assignment-csv';
import { toCsv } from '@/lib/export/csv';
import { gradebookCsvRows } from '@/lib/export/gradebook-csv';
import { moduleQuestions, responseRow } from './analytics-rows';
import { loadClassWork } from './board';
import type { SessionUser } from './users';

export interface CsvFile {
  filename: string;
  csv: string;
}

/** "Year 11 History" → "year-11-history", safe in a Content-Disposition filename. */
function fileSlug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'class'
  );
}

/** One row per student × question of one quiz assignment. Null when it is not the teacher's. */
export async function assignmentCsv(teacher: SessionUser, assignmentId: string): Promise<CsvFile | null> {
  const assignment = await db().assignment.findFirst({
    where: { id: assignmentId, kind: 'QUIZ', class: { teacherId: teacher.id } },
    select: { classId: true, contentSlug: true },
  });
  if (!assignment || teacher.role !== 'TEACHER') return null;
  const work = await loadClassWork(teacher, assignment.classId);
  if (!work) return null;
  const attempts = work.attempts.filter((a) => a.assignmentId === assignmentId);
  const studentOf = new Map(attempts.map((a) => [a.attemptId, a.studentId]));
  const stored = await db().quizResponse.findMany({
    where: { attemptId: { in: attempts.filter((a) => a.submittedAt).map((a) => a.attemptId) } },
  });
  const table = assignmentCsvRows({
    assignmentId,
    students: work.students,
    questions: moduleQuestions(assignment.contentSlug).texts,
    attempts,
    responses: stored.map((r) => responseRow(r, studentOf.get(r.attemptId) ?? '')),
  });
  return {
    filename: `${fileSlug(work.cls.name)}-${fileSlug(assignment.contentSlug)}.csv`,
    csv: toCsv(table.headers, table.rows),
  };
}

/** One row per student, the best score of each assignment and a total. Null when not the teacher's. */
export async function gradebookCsv(teacher: SessionUser, classId: string): Promise<CsvFile | null> {
  const work = await loadClassWork(teacher, classId);
  if (!work) return null;
  const table = gradebookCsvRows({
    students: work.students,
    assignments: work.assignmentRows,
    attempts: work.attempts,
    runs: work.runs,
  });
  return { filename: `${fileSlug(work.cls.name)}-gradebook.csv`, csv: toCsv(table.headers, table.rows) };
}
