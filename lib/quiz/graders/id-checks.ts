import { gradeError, type TGradeError } from '@/lib/quiz/grade-result';

/**
 * The checks every id-list answer shares, in the order a student would want to hear about them:
 * nothing chosen, then something chosen twice, then something that is not in the question.
 */
export function checkIdList(
  ids: readonly string[],
  known: ReadonlySet<string>,
  what: string,
): TGradeError | null {
  if (ids.length === 0) return gradeError('empty', `no ${what} chosen`);
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return gradeError('duplicate', `${what} "${id}" chosen more than once`);
    seen.add(id);
  }
  for (const id of ids) {
    if (!known.has(id)) return gradeError('unknown-id', `"${id}" is not a ${what} of this question`);
  }
  return null;
}
