import type { TContent } from './types';

export type TContentStats = {
  modules: number;
  questions: number;
  byType: Record<string, number>;
  byTopic: Record<string, number>;
  byDifficulty: Record<string, number>;
  byClaimKind: Record<string, number>;
  bySkill: Record<string, number>;
  glossaryTerms: number;
  misconceptions: number;
  sources: number;
};

function tally(values: readonly (string | number)[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[String(value)] = (counts[String(value)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

/** Coverage figures an editor uses to see where the question bank is thin. */
export function contentStats(content: TContent): TContentStats {
  const questions = content.modules.flatMap((m) => m.questions);
  return {
    modules: content.modules.length,
    questions: questions.length,
    byType: tally(questions.map((q) => q.type)),
    byTopic: tally(questions.map((q) => q.topic)),
    byDifficulty: tally(questions.map((q) => q.difficulty)),
    byClaimKind: tally(questions.map((q) => q.claimKind)),
    bySkill: tally(questions.map((q) => q.skill)),
    glossaryTerms: Object.keys(content.glossary).length,
    misconceptions: Object.keys(content.misconceptions).length,
    sources: Object.keys(content.sources).length,
  };
}
