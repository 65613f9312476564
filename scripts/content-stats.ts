/**
 * `npm run content:stats [-- <content dir>]`: prints coverage counts as JSON. Counts are only meaningful
 * for valid content, so it refuses (and points at content:check) when there are problems.
 */
import { contentStats } from '@/lib/content/content-stats';
import { validateContentDir } from '@/lib/content/validate';

const dir = process.argv[2] ?? 'content';
const { content, problems } = validateContentDir(dir);

if (problems.length > 0) {
  console.error(`content has ${problems.length} problem(s); run npm run content:check to list them`);
  process.exit(1);
}
console.log(JSON.stringify(contentStats(content), null, 2));
