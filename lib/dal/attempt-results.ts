import 'server-only';
import { db } from '@/lib/db';
import { getModule, getQuestion, loadContent } from '@/lib/content/load';
import { scoreAttempt } from '@/lib/quiz/attempt-score';
import { gradeResponse } from '@/lib/quiz/grade';
import { correctAnswerOf } from '@/lib/quiz/correct-answer';
import { describeCorrect, describeResponse } from '@/lib/quiz/describe-answer';
import type { TAttemptResult, TReviewedQuestion } from '@/lib/quiz/attempt-result-types';
import { feedbackView, sourcesView } from './attempt-feedback';
import {
  confidenceFromDb,
  modeFromDb,
  parseStoredAnswer,
  questionOrderOf,
  stateFromDb,
} from '@/lib/quiz/stored-columns';
import { isReviewOpen } from '@/lib/assignment/attempt-rules';
import { type TAttemptMode, type TAttemptState } from '@/lib/quiz/attempt-types';
import { accept, refuse, type TOutcome } from '@/lib/outcome/refusal';
import type { SessionUser } from './users';

/**
 * The results of one of the student's own closed attempts. An attempt still in progress has no
 * results (409: the player is where it belongs).
 */
export async function getAttemptResult(
  student: SessionUser,
  attemptId: string,
  now = new Date(),
): Promise<TOutcome<TAttemptResult>> {
  const attempt = await db().quizAttempt.findFirst({
    where: { id: attemptId, studentId: student.id },
    include: { responses: true, assignment: { select: { feedbackMode: true, dueAt: true } } },
  });
  if (!attempt) return refuse('not-found', 'No such attempt.');
  if (attempt.state === 'IN_PROGRESS') return refuse('conflict', 'This attempt is still in progress.');
  const quizModule = getModule(attempt.moduleSlug);
  const base = {
    attemptId: attempt.id,
    moduleSlug: attempt.moduleSlug,
    moduleTitle: quizModule?.title ?? attempt.moduleSlug,
    mode: modeFromDb(attempt.mode),
    state: stateFromDb(attempt.state),
    startedAt: attempt.startedAt,
    submittedAt: attempt.submittedAt,
    contentChanged: quizModule ? quizModule.version !== attempt.contentVersion : true,
  };
  if (!isReviewOpen(attempt.assignment, now))
    return accept({ ...base, review: null, reviewOpensAt: attempt.assignment?.dueAt ?? null });

  const content = loadContent();
  const topicTitles = Object.fromEntries(content.topics.map((t) => [t.id, t.title]));
  const byQuestion = new Map(attempt.responses.map((r) => [r.questionId, r]));
  const questions: TReviewedQuestion[] = [];
  for (const id of questionOrderOf(attempt)) {
    const question = getQuestion(id)?.question;
    if (!question) continue;
    const row = byQuestion.get(id);
    const response = row ? parseStoredAnswer(row.answer) : null;
    const grade = response ? gradeResponse(question, response) : null;
    const confidence = confidenceFromDb(row?.confidence ?? null);
    const score = row?.score ?? 0;
    questions.push({
      number: questions.length + 1,
      questionId: id,
      prompt: question.prompt,
      topicTitle: topicTitles[question.topic] ?? question.topic,
      answered: Boolean(row),
      score,
      yourAnswer: response ? describeResponse(question, response) : [],
      correctAnswer: describeCorrect(correctAnswerOf(question)),
      confidence,
      confidentButWrong: Boolean(row) && confidence === 'sure' && score < 1,
      feedback: response && grade?.ok ? feedbackView(question, response, grade, content) : null,
      explanation: question.explanation,
      sources: sourcesView(question, content),
      asOf: question.asOf,
    });
  }
  const total = scoreAttempt(
    questions.map((q) => ({
      questionId: q.questionId,
      topic: getQuestion(q.questionId)?.question.topic ?? 'unknown',
      score: q.answered ? q.score : null,
    })),
  );
  return accept({ ...base, review: { total, topicTitles, questions }, reviewOpensAt: null });
}

export type TAttemptSummary = {
  id: string;
  moduleSlug: string;
  moduleTitle: string;
  mode: TAttemptMode;
  state: TAttemptState;
  assignmentId: string | null;
  startedAt: Date;
  submittedAt: Date | null;
  /** Null while in progress or while the review is held back. */
  score: number | null;
  maxScore: number | null;
};

/** The student's own attempts, newest first. */
export async function listAttempts(student: SessionUser, now = new Date()): Promise<TAttemptSummary[]> {
  const rows = await db().quizAttempt.findMany({
    where: { studentId: student.id },
    orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
    take: 200,
    select: {
      id: true,
      moduleSlug: true,
      mode: true,
      state: true,
      assignmentId: true,
      startedAt: true,
      submittedAt: true,
      score: true,
      maxScore: true,
      assignment: { select: { feedbackMode: true, dueAt: true } },
    },
  });
  return rows.map((r) => {
    const shown = r.state !== 'IN_PROGRESS' && isReviewOpen(r.assignment, now);
    return {
      id: r.id,
      moduleSlug: r.moduleSlug,
      moduleTitle: getModule(r.moduleSlug)?.title ?? r.moduleSlug,
      mode: modeFromDb(r.mode),
      state: stateFromDb(r.state),
      assignmentId: r.assignmentId,
      startedAt: r.startedAt,
      submittedAt: r.submittedAt,
      score: shown ? r.score : null,
      maxScore: shown ? r.maxScore : null,
    };
  });
}
