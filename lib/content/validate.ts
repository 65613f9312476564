import { countBriefingWords } from './briefing-blocks';
import { checkBank } from './check-bank';
import { checkEntities } from './check-entities';
import { checkModules } from './check-modules';
import { checkQuestions } from './check-questions';
import { moduleVersion } from './module-version';
import { parseContentFiles, type TParsedTree } from './parse-files';
import { formatProblem, type TContentProblem } from './problems';
import { readContentTree, type TContentTree } from './read-tree';
import { ReferenceIndex } from './reference-index';
import type { TContent, TModule } from './types';

export type TValidation = {
  /** Everything that parsed; complete and trustworthy only when `problems` is empty. */
  content: TContent;
  problems: TContentProblem[];
};

/**
 * Runs every rule the loader needs and reports all problems, so one run shows an author everything.
 * The editorial checks (no-copy) run in content:check only: see check-content.ts.
 */
export function validateContent(tree: TContentTree): TValidation {
  const problems: TContentProblem[] = [];
  const parsed = parseContentFiles(tree, problems);
  const index = new ReferenceIndex(parsed, problems);
  checkModules(parsed, index);
  checkQuestions(parsed, index);
  checkBank(parsed, index);
  checkEntities(parsed, index);
  return { content: assembleContent(parsed, index), problems: orderedUnique(problems) };
}

/** Grouped by file (stable within a file) and without repeats, e.g. one tag on two distractors. */
function orderedUnique(problems: TContentProblem[]): TContentProblem[] {
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = formatProblem(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort((a, b) => a.file.localeCompare(b.file));
}

export function validateContentDir(dir = 'content'): TValidation {
  return validateContent(readContentTree(dir));
}

function byId<T extends { id: string }>(items: { value: T }[]): Record<string, T> {
  return Object.fromEntries(items.map(({ value }) => [value.id, value]));
}

function assembleContent(parsed: TParsedTree, index: ReferenceIndex): TContent {
  const modules: TModule[] = parsed.modules.flatMap(({ files, meta, briefing, questions }) => {
    if (!meta) return [];
    const blocks = briefing?.blocks ?? [];
    return [
      {
        ...meta,
        version: moduleVersion([files.module, files.briefing, files.quiz]),
        briefing: {
          markdown: files.briefing?.text ?? '',
          blocks,
          wordCount: countBriefingWords(blocks, (id) => index.glossary.get(id) ?? id),
        },
        questions: questions.map((q) => q.value),
      },
    ];
  });
  modules.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return {
    topics: parsed.topics,
    sources: byId(parsed.sources),
    glossary: byId(parsed.glossary),
    misconceptions: byId(parsed.misconceptions),
    modules,
  };
}
