import { longestKeyShare, oneSidedCueWords, trueShare } from './bank-measures';
import { findNearDuplicates, type TModuleQuestion } from './near-duplicates';
import type { TParsedTree } from './parse-files';
import type { ReferenceIndex } from './reference-index';

/** At most this share of single-choice questions may key the strictly longest option (chance is about 25%). */
export const MAX_LONGEST_KEY_SHARE = 0.3;
/** True/false statements keyed true must lie in this band, so "guess false" earns no more than chance. */
export const TRUE_SHARE_BAND = { min: 0.4, max: 0.6 } as const;
/** Ratios on fewer items than this say nothing (a two-question fixture), so they are not enforced. */
export const MIN_SAMPLE = 5;

const percent = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Rules that keep the bank from being answerable by test-taking cues: the length of the keyed option,
 * the balance of true and false statements, cue words only false statements use, and unlinked
 * near-duplicates across modules. `repeats:` links must point at a real question in another module.
 */
export function checkBank(parsed: TParsedTree, index: ReferenceIndex): void {
  const all: TModuleQuestion[] = [];
  const moduleOf = new Map<string, string>();
  const fileOf = new Map<string, string>();
  for (const m of parsed.modules) {
    const questions = m.questions.map((q) => q.value);
    const quizFile = m.files.quiz?.path ?? m.files.slug;
    for (const { file, value } of m.questions) {
      all.push({ moduleId: m.files.slug, question: value });
      moduleOf.set(value.id, m.files.slug);
      fileOf.set(value.id, file);
    }
    const longest = longestKeyShare(questions);
    if (longest.of >= MIN_SAMPLE && longest.share > MAX_LONGEST_KEY_SHARE)
      index.report(
        { file: quizFile, item: m.files.slug },
        `the keyed option is the longest in ${longest.count} of ${longest.of} single-choice questions ` +
          `(${percent(longest.share)}; at most ${percent(MAX_LONGEST_KEY_SHARE)})`,
      );
  }
  const questions = all.map((a) => a.question);
  const where = { file: 'content/modules', item: 'question bank' };
  const longest = longestKeyShare(questions);
  if (longest.of >= MIN_SAMPLE && longest.share > MAX_LONGEST_KEY_SHARE)
    index.report(
      where,
      `the keyed option is the longest in ${longest.count} of ${longest.of} single-choice questions ` +
        `(${percent(longest.share)}; at most ${percent(MAX_LONGEST_KEY_SHARE)})`,
    );
  const truths = trueShare(questions);
  if (truths.of >= MIN_SAMPLE && (truths.share < TRUE_SHARE_BAND.min || truths.share > TRUE_SHARE_BAND.max))
    index.report(
      where,
      `${truths.count} of ${truths.of} true/false statements are true (${percent(truths.share)}; ` +
        `keep between ${percent(TRUE_SHARE_BAND.min)} and ${percent(TRUE_SHARE_BAND.max)})`,
    );
  if (truths.of >= MIN_SAMPLE)
    for (const cue of oneSidedCueWords(questions))
      index.report(
        where,
        `cue word "${cue.word}" appears only in false statements (${cue.inFalse.join(', ')})`,
      );
  for (const { question } of all)
    for (const target of question.repeats ?? []) {
      const at = { file: fileOf.get(question.id) ?? where.file, item: question.id };
      const targetModule = moduleOf.get(target);
      if (!targetModule) index.report(at, `repeats "${target}", which is not a question`);
      else if (targetModule === moduleOf.get(question.id))
        index.report(at, `repeats "${target}" in the same module; a spaced repeat links across modules`);
    }
  for (const pair of findNearDuplicates(all))
    if (!pair.linked)
      index.report(
        { file: fileOf.get(pair.a) ?? where.file, item: pair.a },
        `near-duplicate of "${pair.b}" (similarity ${pair.similarity.toFixed(2)}); reword one, or link ` +
          `them with repeats: if the repeat is deliberate`,
      );
}
