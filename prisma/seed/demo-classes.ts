import type { Db } from '../../lib/db/client';
import { masteryByTopic, type TMasteryRow } from '../../lib/mastery/topic-mastery';
import { DAY, outcomeFor, writeQuizWork, writeScenarioWork, type Work } from './demo-work';
import { pick, rngFor } from './random';

export interface DemoAssignment {
  kind: 'QUIZ' | 'SCENARIO';
  slug: string;
  /** Days from now (negative: in the past); null for none. */
  releaseInDays: number | null;
  dueInDays: number | null;
  maxAttempts: number | null;
  feedbackMode: 'PRACTICE' | 'TEST' | 'TEST_AFTER_DUE';
}

export interface DemoClass {
  name: string;
  joinCode: string;
  /** Username prefix of the pseudonymous demo pupils. */
  prefix: string;
  size: number;
  assignments: DemoAssignment[];
}

const FIRST_NAMES = [
  'Alex',
  'Bo',
  'Cam',
  'Dana',
  'Eli',
  'Fen',
  'Gale',
  'Hana',
  'Ira',
  'Jo',
  'Kai',
  'Lee',
  'Mika',
  'Noor',
  'Oli',
  'Pat',
  'Quinn',
  'Ray',
  'Sam',
  'Tal',
  'Uma',
  'Vic',
  'Wren',
  'Yan',
  'Zoe',
  'Ari',
  'Bryn',
  'Cody',
  'Dev',
  'Emi',
];
const ANIMALS = [
  'heron',
  'otter',
  'lynx',
  'wren',
  'falcon',
  'badger',
  'panda',
  'robin',
  'raven',
  'gecko',
  'finch',
  'tiger',
  'crane',
];

/** Pseudonymous roster: a first name and an initial, a username that says nothing about the pupil. */
export function demoStudents(cls: DemoClass): { username: string; displayName: string }[] {
  const rng = rngFor(`roster:${cls.prefix}`);
  return Array.from({ length: cls.size }, (_, i) => ({
    username: `${cls.prefix}-${pick(rng, ANIMALS)}-${String(i + 1).padStart(2, '0')}`,
    displayName: `${FIRST_NAMES[(i * 7 + cls.prefix.length) % FIRST_NAMES.length]} ${String.fromCharCode(65 + ((i * 11) % 26))}.`,
  }));
}

/**
 * Creates a class's assignments (once) and, the first time, realistic progress for every pupil.
 * Re-running finds the rows and adds nothing.
 */
export async function seedClassWork(
  db: Db,
  classId: string,
  cls: DemoClass,
  students: { id: string; username: string }[],
  now: number,
): Promise<void> {
  const assignmentIds: string[] = [];
  for (const spec of cls.assignments) {
    const existing = await db.assignment.findFirst({
      where: { classId, kind: spec.kind, contentSlug: spec.slug },
      select: { id: true },
    });
    const at = (days: number | null) => (days === null ? null : new Date(now + days * DAY));
    const row =
      existing ??
      (await db.assignment.create({
        data: {
          classId,
          kind: spec.kind,
          contentSlug: spec.slug,
          releaseAt: at(spec.releaseInDays),
          dueAt: at(spec.dueInDays),
          maxAttempts: spec.maxAttempts,
          feedbackMode: spec.feedbackMode,
          createdAt: new Date(now - (20 - assignmentIds.length) * DAY),
        },
        select: { id: true },
      }));
    assignmentIds.push(row.id);
  }
  // Work is generated once per class: a pupil's random stream decides all their rows together, so
  // topping up some pairs later would draw different outcomes for the rest.
  const existingWork =
    (await db.quizAttempt.count({ where: { assignmentId: { in: assignmentIds } } })) +
    (await db.scenarioRun.count({ where: { assignmentId: { in: assignmentIds } } }));
  if (existingWork > 0) return;
  for (const student of students) {
    const rng = rngFor(`work:${student.username}`);
    const ability = 0.35 + rng() * 0.6;
    const mastery: TMasteryRow[] = [];
    for (const [i, spec] of cls.assignments.entries()) {
      const assignmentId = assignmentIds[i] ?? '';
      if (spec.releaseInDays !== null && spec.releaseInDays > 0) continue;
      const w: Work = { studentId: student.id, ability, rng, assignmentId, spec, now };
      const outcome = outcomeFor(rng, ability, spec.dueInDays);
      if (spec.kind === 'QUIZ') await writeQuizWork(db, w, outcome, mastery);
      else await writeScenarioWork(db, w, outcome);
    }
    for (const m of masteryByTopic(mastery)) {
      if (m.level === 'not-started') continue;
      await db.topicMastery.upsert({
        where: { studentId_topic: { studentId: student.id, topic: m.topic } },
        create: { studentId: student.id, topic: m.topic, level: m.level, weightedScore: m.weightedScore },
        update: {},
      });
    }
  }
}
