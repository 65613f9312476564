/**
 * Facility (share answered correctly) of every question in the demo cohort, computed from the demo
 * seed's own answer model (prisma/seed/answers.ts) without writing a database. The cohort mirrors
 * prisma/seed/demo-classes.ts: abilities spread evenly over 0.35-0.95 and a first-attempt chance of
 * ability - 0.12 x (difficulty - 2). Caveat, reported with the figures: that model derives the chance
 * from the difficulty tag itself, so on demo data a mis-tagged item cannot show up; the same check on
 * real responses (the teacher analytics tally) is what catches one.
 */
import { demoAnswer } from '../prisma/seed/answers';
import { rngFor } from '../prisma/seed/random';
import type { TQuestion } from '@/lib/content/question-schema';
import type { TTally } from '@/lib/content/facility';
import { gradeResponse } from '@/lib/quiz/grade';

const COHORT = 200;

export function demoCohortTallies(questions: readonly TQuestion[]): Map<string, TTally> {
  const tallies = new Map<string, TTally>();
  for (const q of questions) {
    const rng = rngFor(`facility:${q.id}`);
    let correct = 0;
    for (let i = 0; i < COHORT; i++) {
      const ability = 0.35 + (0.6 * i) / (COHORT - 1);
      const p = Math.max(0.05, ability - (q.difficulty - 2) * 0.12);
      const grade = gradeResponse(q, demoAnswer(q, p, rng));
      if (grade.ok && grade.correct) correct++;
    }
    tallies.set(q.id, { answered: COHORT, correct });
  }
  return tallies;
}
