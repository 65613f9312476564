import 'server-only';
import { db } from '@/lib/db';
import { getQuestion, loadContent } from '@/lib/content/load';
import { masteryByTopic, type TMasteryRow, type TTopicMastery } from '@/lib/mastery/topic-mastery';
import { nextStepFor, type TNextStep } from '@/lib/mastery/next-step';
import { confidenceFromDb } from '@/lib/quiz/stored-columns';
import type { Tx } from './db-tx';
import type { SessionUser } from './users';
import { reviewOpenAttemptWhere } from './assignment-withheld';

/**
 * Which answers count as evidence: every committed practice answer, and test and live-lesson
 * answers once their attempt is closed (submitted, abandoned, or the lesson ended) — until then
 * they may still change (a live vote is replaced by the second vote).
 */
const COUNTED = {
  OR: [{ mode: 'PRACTICE' }, { state: { in: ['SUBMITTED', 'ABANDONED'] } }],
};

type TReader = Pick<Tx, 'quizResponse'>;

async function evidenceFor(
  reader: TReader,
  studentId: string,
  questionIds?: readonly string[],
  pupilView?: { now: Date },
): Promise<TMasteryRow[]> {
  const rows = await reader.quizResponse.findMany({
    where: {
      // The pupil's own view leaves out tests whose review is held back (see assignment-withheld).
      attempt: {
        studentId,
        ...COUNTED,
        ...(pupilView ? { AND: [reviewOpenAttemptWhere(pupilView.now)] } : {}),
      },
      ...(questionIds ? { questionId: { in: [...questionIds] } } : {}),
    },
    select: { questionId: true, score: true, answeredAt: true, attemptId: true, confidence: true },
  });
  return rows.flatMap((r) => {
    const topic = getQuestion(r.questionId)?.question.topic;
    return topic
      ? [
          {
            topic,
            questionId: r.questionId,
            score: r.score,
            answeredAt: r.answeredAt,
            attemptId: r.attemptId,
            confidence: confidenceFromDb(r.confidence),
          },
        ]
      : [];
  });
}

const topicOrder = () => loadContent().topics.map((t) => t.id);

/** Every question id on a topic, across modules: a topic's evidence is all answers on it. */
function questionIdsOn(topics: ReadonlySet<string>): string[] {
  return loadContent().modules.flatMap((m) =>
    m.questions.filter((q) => topics.has(q.topic)).map((q) => q.id),
  );
}

/**
 * The student's levels on the given topics from every counted response plus `extra` (answers about
 * to be stored), so a caller can compute them before its write transaction and store them inside.
 */
export async function masteryOn(
  reader: TReader,
  studentId: string,
  topics: readonly string[],
  extra: readonly TMasteryRow[] = [],
): Promise<TTopicMastery[]> {
  const wanted = new Set(topics);
  if (wanted.size === 0) return [];
  const rows = await evidenceFor(reader, studentId, questionIdsOn(wanted));
  return masteryByTopic([...rows, ...extra], [...wanted]).filter((t) => wanted.has(t.topic));
}

/** Stores computed levels (the rows teachers' boards read); topics not started are not stored. */
export async function storeMastery(tx: Tx, studentId: string, levels: readonly TTopicMastery[]) {
  for (const t of levels) {
    if (t.level === 'not-started') continue;
    const key = { studentId_topic: { studentId, topic: t.topic } };
    const data = { level: t.level, weightedScore: t.weightedScore };
    await tx.topicMastery.upsert({
      where: key,
      create: { studentId, topic: t.topic, ...data },
      update: data,
    });
  }
}

/**
 * Recomputes and stores the student's level on the given topics, inside the caller's transaction
 * so it commits with the answers that changed it. Derived data: recomputed from all of the topic's
 * responses each time, so a retry or a race converges on the same rows.
 */
export async function refreshMastery(tx: Tx, studentId: string, topics: readonly string[]): Promise<void> {
  await storeMastery(tx, studentId, await masteryOn(tx, studentId, topics));
}

export type TProgress = {
  topics: (TTopicMastery & { title: string; obstacle: string })[];
  next: (TNextStep & { title: string; moduleSlug: string | null; moduleTitle: string | null }) | null;
};

/** The student's own mastery per topic, in teaching order, with one suggested next step. */
export async function getProgress(student: SessionUser, now = new Date()): Promise<TProgress> {
  const content = loadContent();
  const levels = masteryByTopic(await evidenceFor(db(), student.id, undefined, { now }), topicOrder());
  const topicById = new Map(content.topics.map((t) => [t.id, t]));
  const step = nextStepFor(levels);
  const quizModule = step
    ? content.modules.find((m) => m.topic === step.topic || m.questions.some((q) => q.topic === step.topic))
    : undefined;
  return {
    topics: levels.map((t) => ({
      ...t,
      title: topicById.get(t.topic)?.title ?? t.topic,
      obstacle: topicById.get(t.topic)?.obstacle ?? '',
    })),
    next: step
      ? {
          ...step,
          title: topicById.get(step.topic)?.title ?? step.topic,
          moduleSlug: quizModule?.id ?? null,
          moduleTitle: quizModule?.title ?? null,
        }
      : null,
  };
}
