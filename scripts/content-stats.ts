/**
 * `npm run content:stats [-- <content dir>]`: prints coverage counts and the anti-gaming measures as
 * JSON: how often the keyed option is the longest (overall and per module), the true/false balance and
 * cue words, near-duplicate pairs across modules (linked or not), and each difficulty tag against the
 * demo cohort's facility. Counts are only meaningful for valid content, so it refuses (and points at
 * content:check) when there are problems.
 */
import { cueWordUse, longestKeyShare, trueShare } from '@/lib/content/bank-measures';
import { contentStats } from '@/lib/content/content-stats';
import { difficultyMismatches, facilityByDifficulty } from '@/lib/content/facility';
import { findNearDuplicates } from '@/lib/content/near-duplicates';
import { validateContentDir } from '@/lib/content/validate';
import { demoCohortTallies } from './content-demo-facility';

const dir = process.argv[2] ?? 'content';
const { content, problems } = validateContentDir(dir);

if (problems.length > 0) {
  console.error(`content has ${problems.length} problem(s); run npm run content:check to list them`);
  process.exit(1);
}
const questions = content.modules.flatMap((m) => m.questions);
const tallies = demoCohortTallies(questions);
const round = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);
const bank = {
  longestKeyIsCorrect: {
    overall: longestKeyShare(questions),
    byModule: Object.fromEntries(content.modules.map((m) => [m.id, longestKeyShare(m.questions)])),
  },
  trueFalse: {
    true: trueShare(questions),
    cueWords: cueWordUse(questions).filter((u) => u.inTrue.length + u.inFalse.length > 0),
  },
  nearDuplicates: findNearDuplicates(
    content.modules.flatMap((m) => m.questions.map((question) => ({ moduleId: m.id, question }))),
  ).map((p) => ({ ...p, similarity: round(p.similarity) })),
  demoFacility: {
    note: 'from the demo seed answer model, whose chance of a right answer is set by the difficulty tag; run the same check on real responses to find mis-tagged items',
    byDifficulty: Object.fromEntries(
      Object.entries(facilityByDifficulty(questions, tallies)).map(([k, v]) => [k, round(v)]),
    ),
    flagged: difficultyMismatches(questions, tallies).map((f) => ({ ...f, facility: round(f.facility) })),
  },
};
console.log(JSON.stringify({ ...contentStats(content), bank }, null, 2));
