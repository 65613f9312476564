import { parse, stringify } from 'yaml';
import { formatProblem } from '@/lib/content/problems';
import { readContentTree, type TContentFile, type TContentTree } from '@/lib/content/read-tree';
import { checkContent } from '@/lib/content/check-content';

export const VALID_FIXTURE_DIR = 'tests/fixtures/content/valid';
export const QUIZ_PATH = `${VALID_FIXTURE_DIR}/modules/sample/quiz.yaml`;
export const BRIEFING_PATH = `${VALID_FIXTURE_DIR}/modules/sample/briefing.md`;

const pristine = readContentTree(VALID_FIXTURE_DIR);

/** A fresh copy of the valid fixture tree, safe to break in one test without affecting another. */
export function validTree(): TContentTree {
  return structuredClone(pristine);
}

/**
 * The file objects in the tree with this path. A file appears both in its slot and in `textFiles`, as
 * one shared object or as two copies, so each distinct object is returned once.
 */
function filesAt(tree: TContentTree, path: string): TContentFile[] {
  const slots = [
    tree.topics,
    ...tree.sources,
    ...tree.glossary,
    ...tree.misconceptions,
    ...tree.modules.flatMap((m) => [m.module, m.briefing, m.quiz]),
    ...tree.textFiles,
  ];
  const found = [...new Set(slots.filter((f): f is TContentFile => f?.path === path))];
  if (found.length === 0) throw new Error(`fixture has no file ${path}`);
  return found;
}

export function editText(tree: TContentTree, path: string, edit: (text: string) => string): TContentTree {
  for (const file of filesAt(tree, path)) file.text = edit(file.text);
  return tree;
}

type TRawQuestion = Record<string, unknown> & { options?: Record<string, unknown>[] };

/** Edits the fixture quiz as data, so a test states its one defect rather than a YAML diff. */
export function editQuiz(tree: TContentTree, edit: (questions: TRawQuestion[]) => void): TContentTree {
  return editText(tree, QUIZ_PATH, (text) => {
    const quiz = parse(text) as { questions: TRawQuestion[] };
    edit(quiz.questions);
    return stringify(quiz);
  });
}

export function problemLines(tree: TContentTree): string[] {
  return checkContent(tree).problems.map(formatProblem);
}
