import { findCopiedRuns } from './no-copy';
import type { TContentProblem } from './problems';
import type { TContentFile } from './read-tree';
import { COPY_WINDOW } from './text-fingerprint';

/** Facts carry over from the article, its sentences do not: scan every content file for copied runs. */
export function checkNoCopy(files: readonly TContentFile[], problems: TContentProblem[]): void {
  for (const file of files)
    for (const run of findCopiedRuns(file.text))
      problems.push({
        file: file.path,
        item: `line ${run.line}`,
        message: `copies ${COPY_WINDOW} or more consecutive words of the source article ("${run.excerpt}"); rewrite it in your own words`,
      });
}
