/** The quiz page's own URL: self-study, or the assigned quiz (the contract with the teacher workspace). */
export function quizPath(slug: string, assignmentId: string | null): string {
  const base = `/modules/${encodeURIComponent(slug)}/quiz`;
  return assignmentId ? `${base}?assignment=${encodeURIComponent(assignmentId)}` : base;
}
