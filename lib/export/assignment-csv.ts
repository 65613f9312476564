import { bestSubmittedAttemptByStudent } from '@/lib/analytics/attempt-selection';
import type { AttemptRow, Confidence, ResponseRow, StudentRow } from '@/lib/analytics/rows';
import type { CsvCell, CsvTable } from '@/lib/export/csv';
import { toTwoDecimals } from '@/lib/export/number-format';

/** What the export needs of a question: its prompt, and option texts to spell out choices. */
export interface QuestionText {
  questionId: string;
  prompt: string;
  /** option id → text; for true-false the ids are 'true' and 'false'. */
  optionTexts?: Readonly<Record<string, string>>;
  /** The right answer in words, so a teacher reads the response beside it. */
  correctAnswer?: string;
}

export interface AssignmentCsvInput {
  assignmentId: string;
  /** Roster order; every student gets a row per question, answered or not. */
  students: readonly StudentRow[];
  /** Quiz order. */
  questions: readonly QuestionText[];
  attempts: readonly AttemptRow[];
  responses: readonly ResponseRow[];
}

export const ASSIGNMENT_CSV_HEADERS = [
  'Student name',
  'Username',
  'Question id',
  'Prompt',
  'Response',
  'Correct answer',
  'Correct',
  'Score (0-1)',
  'Confidence',
  'Answered at',
  'Time taken (s)',
];

export const NOT_ANSWERED = 'not answered';

const CONFIDENCE_LABEL: Record<Confidence, string> = { sure: 'sure', 'not-sure': 'not sure' };

/**
 * One row per student × question of one assignment, from each student's best submitted attempt
 * (the one the gradebook reports; ties go to the earliest). Attempts in progress are left out, so
 * the export never shows half-finished work as if it were an answer. A question skipped in a
 * submitted attempt reads "not answered" (and scored 0); a student with no submitted attempt has
 * empty cells, because there is nothing to mark yet.
 */
export function assignmentCsvRows(input: AssignmentCsvInput): CsvTable {
  const best = bestSubmittedAttemptByStudent(
    input.attempts.filter((a) => a.assignmentId === input.assignmentId),
  );
  const responseOf = new Map(input.responses.map((r) => [`${r.attemptId}\u0000${r.questionId}`, r]));

  const rows = input.students.flatMap((student) =>
    input.questions.map((question): CsvCell[] => {
      const attempt = best.get(student.studentId);
      const r = attempt ? responseOf.get(`${attempt.attemptId}\u0000${question.questionId}`) : undefined;
      const skipped = attempt !== undefined && r === undefined;
      return [
        student.displayName,
        student.username,
        question.questionId,
        question.prompt,
        r ? responseText(r, question) : skipped ? NOT_ANSWERED : null,
        question.correctAnswer ?? null,
        r ? (r.correct ? 'yes' : 'no') : skipped ? 'no' : null,
        r ? toTwoDecimals(r.score) : skipped ? 0 : null,
        r?.confidence ? CONFIDENCE_LABEL[r.confidence] : null,
        r?.answeredAt,
        r?.timeSpentMs == null ? null : Math.round(r.timeSpentMs / 1000),
      ];
    }),
  );
  return { headers: [...ASSIGNMENT_CSV_HEADERS], rows };
}

/** The student's answer in words: chosen option texts joined by "; ", or the rendered answer. */
function responseText(r: ResponseRow, question: QuestionText): string {
  if (r.answerText !== undefined) return r.answerText;
  // An id missing from the texts (content edited since) is shown as the id rather than dropped.
  return (r.optionIds ?? []).map((id) => question.optionTexts?.[id] ?? id).join('; ');
}
