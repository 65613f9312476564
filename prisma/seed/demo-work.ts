import type { Db } from '../../lib/db/client';
import { getModule } from '../../lib/content/load';
import { modeForAssignment } from '../../lib/assignment/attempt-rules';
import { gradeResponse } from '../../lib/quiz/grade';
import { feedbackFor } from '../../lib/quiz/feedback';
import { canonicalAnswer, confidenceToDb, modeToDb } from '../../lib/quiz/stored-columns';
import type { TMasteryRow } from '../../lib/mastery/topic-mastery';
import { applyChoice, availableChoices, getScenario, startState } from '../../lib/scenario';
import { demoAnswer, demoOrder } from './answers';
import type { DemoAssignment } from './demo-classes';
import { pick, type Rng } from './random';

/**
 * One pupil's work on one assignment: quiz attempts with graded responses, or a scenario run. Rows
 * are written with the app's own encoders (lib/quiz/stored-columns), so the demo data reads back
 * exactly as data the app stored.
 */

export const DAY = 86_400_000;

export type Outcome = 'none' | 'in-progress' | 'on-time' | 'late';

/** How far a pupil got with an assignment, given its due date: mostly done when past due, mixed before. */
export function outcomeFor(rng: Rng, ability: number, dueInDays: number | null): Outcome {
  const r = rng();
  if (dueInDays !== null && dueInDays < 0) {
    if (r < 0.72 + ability * 0.15) return 'on-time';
    if (r < 0.88) return 'late';
    return r < 0.94 ? 'in-progress' : 'none';
  }
  if (r < 0.35 + ability * 0.2) return 'on-time';
  return r < 0.75 ? 'in-progress' : 'none';
}

export interface Work {
  studentId: string;
  ability: number;
  rng: Rng;
  assignmentId: string;
  spec: DemoAssignment;
  now: number;
}

function completionTime(w: Work, outcome: Outcome, attempt: number): Date {
  const due = w.spec.dueInDays === null ? w.now : w.now + w.spec.dueInDays * DAY;
  const base =
    outcome === 'late'
      ? due + (0.2 + w.rng() * 1.5) * DAY
      : Math.min(w.now - 600_000, due - (0.1 + w.rng() * 3) * DAY);
  return new Date(Math.min(w.now - 60_000, base + attempt * 3_600_000));
}

/** Quiz attempts with graded responses; returns rows for mastery. */
export async function writeQuizWork(
  db: Db,
  w: Work,
  outcome: Outcome,
  mastery: TMasteryRow[],
): Promise<void> {
  const mod = getModule(w.spec.slug);
  if (!mod || outcome === 'none') return;
  const attempts = outcome !== 'in-progress' && w.rng() < 0.25 && (w.spec.maxAttempts ?? 3) >= 2 ? 2 : 1;
  for (let n = 0; n < attempts; n++) {
    const order = demoOrder(mod.questions, w.rng);
    const finished = outcome !== 'in-progress';
    const answeredCount = finished ? order.length : Math.floor(order.length * (0.2 + w.rng() * 0.6));
    const submittedAt = finished ? completionTime(w, outcome, n) : null;
    const startedAt = new Date((submittedAt?.getTime() ?? w.now - 300_000) - (8 + w.rng() * 10) * 60_000);
    // A second attempt after feedback goes better.
    const p = Math.min(0.97, w.ability + n * 0.15);
    const responses = order.slice(0, answeredCount).flatMap((qid, i) => {
      const q = mod.questions.find((x) => x.id === qid);
      if (!q) return [];
      const difficultyShift = (q.difficulty - 2) * 0.12;
      const answer = demoAnswer(q, Math.max(0.05, p - difficultyShift), w.rng);
      const grade = gradeResponse(q, answer);
      if (!grade.ok) return [];
      const sure = grade.correct ? w.rng() < 0.75 : w.rng() < 0.4;
      const answeredAt = new Date(startedAt.getTime() + (i + 1) * 40_000);
      mastery.push({
        topic: q.topic,
        questionId: q.id,
        score: grade.score,
        answeredAt,
        attemptId: `${w.studentId}:${w.assignmentId}:${n}`,
        confidence: sure ? 'sure' : 'not-sure',
      });
      return [
        {
          questionId: qid,
          answer: canonicalAnswer(answer),
          score: grade.score,
          correct: grade.correct,
          confidence: confidenceToDb(sure ? 'sure' : 'not-sure'),
          misconceptions: JSON.stringify(feedbackFor(q, answer, grade).misconceptions),
          timeSpentMs: Math.round(15_000 + w.rng() * 60_000),
          answeredAt,
        },
      ];
    });
    const score = responses.reduce((s, r) => s + r.score, 0);
    await db.quizAttempt.create({
      data: {
        studentId: w.studentId,
        moduleSlug: mod.id,
        assignmentId: w.assignmentId,
        contentVersion: mod.version,
        mode: modeToDb(modeForAssignment(w.spec)),
        state: finished ? 'SUBMITTED' : 'IN_PROGRESS',
        seq: responses.length,
        currentIndex: responses.length,
        questionOrder: JSON.stringify(order),
        score: finished ? score : null,
        maxScore: finished ? order.length : null,
        startedAt,
        submittedAt,
        responses: { createMany: { data: responses } },
      },
    });
  }
}

const REFLECTIONS = [
  'Every ally has to agree, so one cautious government can hold things up for a long time.',
  'I did not expect the question of borders to matter so much for Article 5.',
  'Pushing hard for a date made some allies more nervous, not less.',
  'Security agreements helped, but they are not the same as membership.',
];

/** A scenario run played with a slightly ability-biased random policy to a real ending (or stopped midway). */
export async function writeScenarioWork(db: Db, w: Work, outcome: Outcome): Promise<void> {
  const loaded = getScenario(w.spec.slug);
  if (!loaded || outcome === 'none') return;
  const seed = Math.floor(w.rng() * 2 ** 31);
  let state = startState(loaded.scenario, seed);
  const stopAfter = outcome === 'in-progress' ? 1 + Math.floor(w.rng() * 3) : Infinity;
  let decisions = 0;
  while (!state.ended && decisions < stopAfter) {
    const choices = availableChoices(state, loaded.scenario);
    if (choices.length === 0) break;
    // Stronger pupils lean to the first-listed (usually most diplomatic) option: different endings emerge.
    const choice = w.rng() < w.ability * 0.5 ? choices[0] : pick(w.rng, choices);
    const next = choice ? applyChoice(state, choice.id, loaded.scenario) : null;
    if (!next?.ok) break;
    state = next.state;
    decisions++;
  }
  const ended = Boolean(state.ended);
  const endedAt = ended ? completionTime(w, outcome, 0) : null;
  const startedAt = new Date((endedAt?.getTime() ?? w.now - 600_000) - 20 * 60_000);
  await db.scenarioRun.create({
    data: {
      studentId: w.studentId,
      scenarioSlug: w.spec.slug,
      assignmentId: w.assignmentId,
      contentVersion: loaded.version,
      seed,
      state: JSON.stringify(state),
      step: state.step,
      endingId: ended ? state.nodeId : null,
      reflection: ended && w.rng() < 0.7 ? pick(w.rng, REFLECTIONS) : null,
      startedAt,
      endedAt,
      decisions: {
        createMany: {
          data: state.log.map((entry, step) => ({
            step,
            nodeId: entry.nodeId,
            choiceId: entry.choiceId,
            createdAt: new Date(startedAt.getTime() + step * 60_000),
          })),
        },
      },
    },
  });
}
