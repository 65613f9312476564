import 'server-only';
import { db } from '@/lib/db';
import { z } from 'zod';
import { getQuestion } from '@/lib/content/load';
import { correctAnswerOf } from '@/lib/quiz/correct-answer';
import { ZResponse } from '@/lib/quiz/response-schema';
import { describeCorrect, describeResponse } from '@/lib/quiz/describe-answer';
import { getScenario } from '@/lib/scenario';
import { contentTitle } from './assignments';
import { findTeacherClass } from './classes';
import type { SessionUser } from './users';

type StoredAnswer = {
  questionId: string;
  answer: string;
  correct: boolean;
  score: number;
  confidence: string | null;
};

const ZQuestionOrder = z.array(z.string());

function parsed<T>(text: string, schema: z.ZodType<T>): T | null {
  try {
    const result = schema.safeParse(JSON.parse(text));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/**
 * Every question of an attempt in the order the pupil met it, with the pupil's answer and the right
 * one in words. A question without a response is "not answered" (null), not left out.
 */
function questionsOfAttempt(questionOrder: string, responses: readonly StoredAnswer[]) {
  const byId = new Map(responses.map((r) => [r.questionId, r]));
  const order = parsed(questionOrder, ZQuestionOrder) ?? responses.map((r) => r.questionId);
  return order.map((questionId) => {
    const question = getQuestion(questionId)?.question;
    const r = byId.get(questionId);
    const answer = r ? parsed(r.answer, ZResponse) : null;
    return {
      questionId,
      prompt: question?.prompt ?? questionId,
      answered: r !== undefined,
      yourAnswer:
        r && answer && question
          ? describeResponse(question, answer)
          : r
            ? ['(answer no longer readable)']
            : null,
      correctAnswer: question ? describeCorrect(correctAnswerOf(question)) : [],
      correct: r?.correct ?? false,
      score: r?.score ?? 0,
      confidence: r?.confidence ?? null,
    };
  });
}

function nodeTitle(scenarioSlug: string, nodeId: string): string {
  return getScenario(scenarioSlug)?.scenario.nodes.find((n) => n.id === nodeId)?.title ?? nodeId;
}

function choiceLabel(scenarioSlug: string, nodeId: string, choiceId: string): string {
  const node = getScenario(scenarioSlug)?.scenario.nodes.find((n) => n.id === nodeId);
  if (node?.kind === 'decision') return node.choices.find((c) => c.id === choiceId)?.label ?? choiceId;
  return choiceId === 'continue' ? 'Continue' : choiceId;
}

/**
 * One student's work for one of the teacher's classes: every attempt on its quiz assignments and
 * live lessons with each response, and every run of its scenario assignments with the decisions, ending and
 * reflection. Work the student did elsewhere (other classes, self-study) is not the teacher's to
 * see. Three queries. Null when the class is not the teacher's or the student is not in it.
 */
export async function loadStudentWork(teacher: SessionUser, classId: string, studentId: string) {
  const cls = await findTeacherClass(teacher, classId);
  if (!cls) return null;
  const enrollment = await db().enrollment.findUnique({
    where: { classId_studentId: { classId, studentId } },
    select: { student: { select: { id: true, displayName: true, username: true } } },
  });
  if (!enrollment) return null;
  const inClass = { studentId, assignment: { classId } };
  const [attempts, runs] = await Promise.all([
    db().quizAttempt.findMany({
      where: { studentId, OR: [{ assignment: { classId } }, { liveSession: { classId } }] },
      orderBy: { startedAt: 'asc' },
      include: {
        responses: { orderBy: { answeredAt: 'asc' } },
        assignment: { select: { kind: true, contentSlug: true } },
      },
    }),
    db().scenarioRun.findMany({
      where: inClass,
      orderBy: { startedAt: 'asc' },
      include: { decisions: { orderBy: { step: 'asc' } }, comment: { select: { body: true } } },
    }),
  ]);
  return {
    className: cls.name,
    student: enrollment.student,
    attempts: attempts.map((a) => ({
      id: a.id,
      title: (a.mode === 'LIVE' ? 'Live lesson: ' : '') + contentTitle('QUIZ', a.moduleSlug),
      state: a.state,
      mode: a.mode,
      startedAt: a.startedAt,
      submittedAt: a.submittedAt,
      score: a.score,
      maxScore: a.maxScore,
      questions: questionsOfAttempt(a.questionOrder, a.responses),
    })),
    runs: runs.map((r) => {
      const ending = r.endingId
        ? getScenario(r.scenarioSlug)?.scenario.nodes.find((n) => n.id === r.endingId)
        : undefined;
      return {
        id: r.id,
        title: contentTitle('SCENARIO', r.scenarioSlug),
        startedAt: r.startedAt,
        endedAt: r.endedAt,
        ending: r.endingId ? (ending?.title ?? r.endingId) : null,
        reflection: r.reflection,
        comment: r.comment?.body ?? null,
        decisions: r.decisions.map((d) => ({
          step: d.step,
          node: nodeTitle(r.scenarioSlug, d.nodeId),
          choice: choiceLabel(r.scenarioSlug, d.nodeId, d.choiceId),
        })),
      };
    }),
  };
}
