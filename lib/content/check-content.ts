import { checkNoCopy } from './check-no-copy';
import type { TContentProblem } from './problems';
import { readContentTree, type TContentTree } from './read-tree';
import { validateContent, type TValidation } from './validate';

/**
 * Everything `npm run content:check` (and CI) runs: the validation the loader also needs, plus the
 * editorial checks — the article no-copy scan — which are authoring rules, so the server does not
 * repeat them at every start (loadContent runs `validateContent` only).
 */
export function checkContent(tree: TContentTree): TValidation {
  const { content, problems } = validateContent(tree);
  const editorial: TContentProblem[] = [];
  checkNoCopy(tree.textFiles, editorial);
  // Grouped by file like validateContent's own list (sort is stable within a file).
  return { content, problems: [...problems, ...editorial].sort((a, b) => a.file.localeCompare(b.file)) };
}

export function checkContentDir(dir = 'content'): TValidation {
  return checkContent(readContentTree(dir));
}
