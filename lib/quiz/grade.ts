import type { TQuestion } from '@/lib/content/question-schema';
import { gradeError, type TGradeResult } from '@/lib/quiz/grade-result';
import { gradeMatching } from '@/lib/quiz/graders/matching';
import { gradeMulti } from '@/lib/quiz/graders/multi';
import { gradeNumeric } from '@/lib/quiz/graders/numeric';
import { gradeOrdering } from '@/lib/quiz/graders/ordering';
import { gradeSingle } from '@/lib/quiz/graders/single';
import { gradeTrueFalse } from '@/lib/quiz/graders/true-false';
import { ZResponse } from '@/lib/quiz/response-schema';
import { QUESTION_TYPES } from '@/lib/content/question-schema';

/**
 * Grades one student response against one (already validated) question.
 *
 * Rules (also in GRADING.md):
 * - single, true-false: all or nothing.
 * - numeric: all or nothing; right when |value − answer| ≤ tolerance, edges included.
 * - multi: max(0, correct chosen / correct options − distractors chosen / distractors), so
 *   ticking every box scores 0 (see graders/multi.ts for why not "(right − wrong) / correct").
 * - ordering: share of item pairs in the right relative order (see graders/ordering.ts).
 * - matching: share of lefts matched to their own right.
 * - `correct` is exactly `score === 1`.
 *
 * The response comes straight from the client, so it is `unknown`. Anything that is not a
 * complete, meaningful answer to this question (wrong shape, NaN, another type, nothing chosen,
 * repeats, ids not in the question, items left out) returns `{ ok: false, error }` and earns no
 * credit. Never throws.
 */
export function gradeResponse(question: TQuestion, response: unknown): TGradeResult {
  const claimedType = typeOfResponse(response);
  if (claimedType !== null && claimedType !== question.type) {
    return gradeError('wrong-type', `a ${claimedType} response cannot answer a ${question.type} question`);
  }
  const parsed = ZResponse.safeParse(response);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return gradeError(
      'malformed',
      first ? `${first.path.join('.') || 'response'}: ${first.message}` : 'malformed',
    );
  }
  const r = parsed.data;
  // `claimedType` already matched, but TypeScript needs both sides narrowed together.
  if (question.type === 'single' && r.type === 'single') return gradeSingle(question, r);
  if (question.type === 'multi' && r.type === 'multi') return gradeMulti(question, r);
  if (question.type === 'true-false' && r.type === 'true-false') return gradeTrueFalse(question, r);
  if (question.type === 'ordering' && r.type === 'ordering') return gradeOrdering(question, r);
  if (question.type === 'matching' && r.type === 'matching') return gradeMatching(question, r);
  if (question.type === 'numeric' && r.type === 'numeric') return gradeNumeric(question, r);
  return gradeError('wrong-type', `a ${r.type} response cannot answer a ${question.type} question`);
}

/** The question type a response claims to answer, when it names a real one; checked before the
 * shape so that e.g. a multi answer sent to a single question is reported as the wrong type. */
function typeOfResponse(response: unknown): string | null {
  if (typeof response !== 'object' || response === null || !Object.hasOwn(response, 'type')) return null;
  const type: unknown = (response as { type: unknown }).type;
  return QUESTION_TYPES.find((t) => t === type) ?? null;
}
