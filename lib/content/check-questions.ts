import type { TParsedTree } from './parse-files';
import { misconceptionIdsOf } from './question-refs';
import type { ReferenceIndex } from './reference-index';

export const MIN_QUESTIONS_PER_MODULE = 12;

/** Cross-reference rules for questions: ids unique across all modules, every reference resolves. */
export function checkQuestions(parsed: TParsedTree, index: ReferenceIndex): void {
  const firstSeen = new Map<string, string>();
  for (const parsedModule of parsed.modules) {
    const written = parsedModule.writtenQuestionCount;
    if (parsedModule.files.quiz && written < MIN_QUESTIONS_PER_MODULE)
      index.report(
        { file: parsedModule.files.quiz.path, item: parsedModule.files.slug },
        `a module needs at least ${MIN_QUESTIONS_PER_MODULE} questions, found ${written}`,
      );
    for (const { file, value: q } of parsedModule.questions) {
      const at = { file, item: q.id };
      const earlier = firstSeen.get(q.id);
      if (earlier) index.report(at, `duplicate question id (also in ${earlier})`);
      else firstSeen.set(q.id, file);
      index.checkTopic(q.topic, at);
      index.checkAsOf(q.asOf, q.laterBackground, at);
      for (const ref of q.sources) index.checkSourceRef(ref, at);
      for (const term of q.terms) index.checkTerm(term, at);
      for (const id of misconceptionIdsOf(q)) index.checkMisconception(id, at);
    }
  }
}
