/**
 * Peer instruction pairs students whose first answers differ, so each conversation has two views.
 * Pure and O(n log n): order students by answer group, largest group first, and pair position i
 * with position i + ⌈n/2⌉. When no group holds more than half the class, the two halves never
 * share a group, so every pair differs; otherwise only the surplus of the largest group meets its
 * own answer, which no pairing could avoid. An odd student out joins the last pair as a third.
 */
export type TVoteForPairing = { studentId: string; answerKey: string };

export function pairDifferingAnswers(votes: readonly TVoteForPairing[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const v of votes) {
    const group = groups.get(v.answerKey);
    if (group) group.push(v.studentId);
    else groups.set(v.answerKey, [v.studentId]);
  }
  const ordered = [...groups.entries()]
    .sort(([ka, a], [kb, b]) => b.length - a.length || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .flatMap(([, ids]) => [...ids].sort());
  const partners = new Map<string, string[]>();
  const half = Math.ceil(ordered.length / 2);
  const link = (a: string, b: string) => {
    partners.set(a, [...(partners.get(a) ?? []), b]);
    partners.set(b, [...(partners.get(b) ?? []), a]);
  };
  for (let i = 0; i + half < ordered.length; i++) link(ordered[i]!, ordered[i + half]!);
  if (ordered.length % 2 === 1 && ordered.length >= 3) {
    // The middle student (index half - 1) has no partner in the second half: join the pair before.
    const odd = ordered[half - 1]!;
    const [a, b] = [ordered[half - 2]!, ordered[ordered.length - 1]!];
    link(odd, a);
    link(odd, b);
  }
  return partners;
}
