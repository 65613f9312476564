/**
 * `npm run content:check [-- <content dir>]`: validates all content and lists every problem as
 * `file: item: message`, exiting non-zero, so an author can fix everything in one pass.
 */
import { formatProblem } from '@/lib/content/problems';
import { checkContentDir } from '@/lib/content/check-content';

const dir = process.argv[2] ?? 'content';
const { content, problems } = checkContentDir(dir);

if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(
    `\ncontent:check found ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}`,
  );
  process.exit(1);
}

const questions = content.modules.reduce((sum, m) => sum + m.questions.length, 0);
console.log(
  `content:check OK: ${content.modules.length} modules, ${questions} questions, ` +
    `${Object.keys(content.glossary).length} glossary terms, ${Object.keys(content.misconceptions).length} misconceptions, ` +
    `${Object.keys(content.sources).length} sources`,
);
