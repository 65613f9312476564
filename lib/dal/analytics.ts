import 'server-only';
import { db } from '@/lib/db';
import { loadContent } from '@/lib/content/load';
import { getScenario } from '@/lib/scenario';
import { firstSubmittedAttemptIds } from '@/lib/analytics/attempt-selection';
import { analyseItems } from '@/lib/analytics/item-analysis';
import { masteryDistribution } from '@/lib/analytics/mastery-distribution';
import { misconceptionHeatmaps, rankMisconceptions } from '@/lib/analytics/misconceptions';
import { MASTERY_LEVELS, type TMasteryLevel } from '@/lib/mastery/mastery-rule';
import { scenarioPathStats } from '@/lib/analytics/scenario-paths';
import type { TQuizAnalyticsView, TScenarioAnalyticsView } from '@/lib/analytics/class-analytics-view';
import { moduleQuestions, responseRow } from './analytics-rows';
import { loadClassWork } from './board';
import type { SessionUser } from './users';

/** A confidently wrong answer shows a held belief rather than a guess, so it counts double. */
export const CONFIDENT_WRONG_WEIGHT = 2;

const RESPONSE_FIELDS = {
  attemptId: true,
  questionId: true,
  answer: true,
  score: true,
  correct: true,
  confidence: true,
  misconceptions: true,
  timeSpentMs: true,
  answeredAt: true,
} as const;

/**
 * Item, misconception, mastery and scenario analytics of one class, from each student's first
 * submitted attempt per assignment (later attempts are shaped by feedback). Eight queries whatever
 * the class size. Null when the class is not the teacher's.
 */
export async function loadClassAnalytics(teacher: SessionUser, classId: string) {
  const work = await loadClassWork(teacher, classId);
  if (!work) return null;
  const firstIds = [...firstSubmittedAttemptIds(work.attempts)];
  const studentOf = new Map(work.attempts.map((a) => [a.attemptId, a.studentId]));
  const assignmentOf = new Map(work.attempts.map((a) => [a.attemptId, a.assignmentId]));
  const studentIds = work.students.map((s) => s.studentId);
  const [stored, mastery, decisions] = await Promise.all([
    db().quizResponse.findMany({ where: { attemptId: { in: firstIds } }, select: RESPONSE_FIELDS }),
    db().topicMastery.findMany({
      where: { studentId: { in: studentIds } },
      select: { studentId: true, topic: true, level: true },
    }),
    db().scenarioDecision.findMany({
      where: { runId: { in: work.rawRuns.map((r) => r.id) } },
      select: { runId: true, nodeId: true, choiceId: true, step: true },
    }),
  ]);
  const responses = stored.map((r) => responseRow(r, studentOf.get(r.attemptId) ?? ''));
  const content = loadContent();

  const items = work.assignments
    .filter((a) => a.kind === 'QUIZ')
    .map((a): TQuizAnalyticsView => {
      const questions = moduleQuestions(a.contentSlug);
      const own = responses.filter((r) => assignmentOf.get(r.attemptId) === a.id);
      return {
        assignmentId: a.id,
        title: work.assignmentRows.find((row) => row.id === a.id)?.title ?? a.contentSlug,
        attemptCount: new Set(own.map((r) => r.attemptId)).size,
        prompts: Object.fromEntries(questions.texts.map((t) => [t.questionId, t.prompt])),
        optionTexts: Object.fromEntries(questions.texts.map((t) => [t.questionId, t.optionTexts ?? {}])),
        items: analyseItems({
          responses: own,
          options: questions.options,
          questionIds: questions.questionIds,
        }),
      };
    });

  const runOf = new Map(work.rawRuns.map((r) => [r.id, r]));
  const decisionRows = decisions.map((d) => ({
    ...d,
    studentId: runOf.get(d.runId)?.studentId ?? '',
    scenarioSlug: runOf.get(d.runId)?.scenarioSlug ?? '',
  }));
  const scenarios = work.assignments
    .filter((a) => a.kind === 'SCENARIO')
    .map((a): TScenarioAnalyticsView => {
      const scenario = getScenario(a.contentSlug)?.scenario;
      const nodes = new Map((scenario?.nodes ?? []).map((n) => [n.id, n]));
      const endingIds = (scenario?.nodes ?? []).filter((n) => n.kind === 'ending').map((n) => n.id);
      return {
        assignmentId: a.id,
        title: scenario?.title ?? a.contentSlug,
        nodeTitles: Object.fromEntries([...nodes].map(([id, n]) => [id, n.title])),
        choiceLabels: Object.fromEntries(
          [...nodes.values()].flatMap((n) =>
            n.kind === 'decision' ? n.choices.map((c) => [`${n.id}/${c.id}`, c.label]) : [],
          ),
        ),
        stats: scenarioPathStats({
          scenarioSlug: a.contentSlug,
          runs: work.runs.filter((r) => r.assignmentId === a.id),
          decisions: decisionRows,
          endingIds,
        }),
      };
    });

  const levels = new Set<string>(MASTERY_LEVELS);
  return {
    className: work.cls.name,
    students: work.students,
    items,
    misconceptions: rankMisconceptions(responses, { confidentWrongWeight: CONFIDENT_WRONG_WEIGHT }),
    heatmaps: misconceptionHeatmaps(responses, { studentIds }),
    misconceptionText: Object.fromEntries(
      Object.values(content.misconceptions).map((m) => [
        m.id,
        { statement: m.statement, correction: m.correction },
      ]),
    ),
    topics: content.topics.map((t) => ({ id: t.id, title: t.title })),
    mastery: masteryDistribution({
      studentIds,
      topics: content.topics.map((t) => t.id),
      mastery: mastery
        .filter((m) => levels.has(m.level))
        .map((m) => ({ ...m, level: m.level as TMasteryLevel })),
    }),
    scenarios,
  };
}
