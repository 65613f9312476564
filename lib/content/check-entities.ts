import type { TParsedTree } from './parse-files';
import { misconceptionIdsOf } from './question-refs';
import type { ReferenceIndex } from './reference-index';

/** Cross-reference rules for sources, glossary terms and misconceptions. */
export function checkEntities(parsed: TParsedTree, index: ReferenceIndex): void {
  for (const { file, value: source } of parsed.sources)
    index.checkAsOf(source.date, source.laterBackground, { file, item: source.id }, 'date');

  for (const { file, value: term } of parsed.glossary) {
    const at = { file, item: term.id };
    index.checkAsOf(term.asOf, term.laterBackground, at);
    for (const ref of term.sources) index.checkSourceRef(ref, at);
    for (const related of term.related ?? []) index.checkTerm(related, at, `related term "${related}"`);
  }

  for (const { file, value: m } of parsed.misconceptions) {
    const at = { file, item: m.id };
    index.checkAsOf(m.asOf, m.laterBackground, at);
    for (const ref of m.sources) index.checkSourceRef(ref, at);
  }

  // A named misconception that no distractor reveals can never show up in a teacher's analysis.
  const revealed = new Set(
    parsed.modules.flatMap((m) => m.questions.flatMap((q) => misconceptionIdsOf(q.value))),
  );
  for (const { file, value: m } of parsed.misconceptions)
    if (!revealed.has(m.id))
      index.report({ file, item: m.id }, 'no distractor in any quiz references this misconception');
}
