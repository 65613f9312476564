import type { AttemptRow, ResponseRow, RunRow } from '@/lib/analytics/rows';

/** A response with neutral defaults, so each fixture line shows only what the test is about. */
export function response(
  fields: Partial<ResponseRow> & Pick<ResponseRow, 'attemptId' | 'questionId'>,
): ResponseRow {
  return {
    studentId: `student-of-${fields.attemptId}`,
    misconceptionIds: [],
    score: 0,
    correct: false,
    confidence: null,
    answeredAt: '2024-10-14T10:00:00Z',
    ...fields,
  };
}

export function attempt(
  fields: Partial<AttemptRow> & Pick<AttemptRow, 'attemptId' | 'studentId'>,
): AttemptRow {
  return { assignmentId: 'quiz-1', score: 0, submittedAt: null, ...fields };
}

export function run(fields: Partial<RunRow> & Pick<RunRow, 'runId' | 'studentId'>): RunRow {
  return { scenarioSlug: 'open-door', assignmentId: null, endingId: null, finishedAt: null, ...fields };
}
