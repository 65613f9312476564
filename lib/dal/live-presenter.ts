import 'server-only';
import { db } from '@/lib/db';
import { getModule, getQuestion, loadContent } from '@/lib/content/load';
import { toPublicQuestion } from '@/lib/content/public-question';
import type { TQuestion } from '@/lib/content/question-schema';
import { compareRounds, mostCommonMisconception, summariseRound } from '@/lib/live/distribution';
import { pairDifferingAnswers } from '@/lib/live/pairing';
import { NEXT_MOVE_TEXT, suggestNextMove } from '@/lib/live/suggestion';
import type { TPresenterView, TRevealView } from '@/lib/live/view-types';
import { correctAnswerOf } from '@/lib/quiz/correct-answer';
import { gradeResponse } from '@/lib/quiz/grade';
import { feedbackFor } from '@/lib/quiz/feedback';
import { sourcesView } from './attempt-feedback';
import { accept, refuse, type TOutcome } from '@/lib/outcome/refusal';
import { findTeacherLiveSession } from './live';
import { currentQuestionId, itemOrderOf, stateOf } from './live-rows';
import { votesFor } from './live-votes';
import type { SessionUser } from './users';

/** The projector's view: counts and, when the teacher chooses, distributions; no student names. */

function correctBarIds(q: TQuestion): string[] {
  if (q.type === 'single' || q.type === 'multi') return q.options.filter((o) => o.correct).map((o) => o.id);
  if (q.type === 'true-false') return [String(q.answer)];
  return ['correct'];
}

function revealOf(q: TQuestion, wrongMisconceptions: string[][]): TRevealView {
  const content = loadContent();
  const topId = mostCommonMisconception(wrongMisconceptions);
  const top = topId ? content.misconceptions[topId] : undefined;
  return {
    correctAnswer: correctAnswerOf(q),
    correctBarIds: correctBarIds(q),
    explanation: q.explanation,
    asOf: q.asOf,
    sources: sourcesView(q, content).map(({ ref, title, date }) => ({ ref, title, date })),
    misconception: top ? { statement: top.statement, correction: top.correction } : null,
  };
}

export async function getPresenterView(
  teacher: SessionUser,
  sessionId: string,
  now = new Date(),
): Promise<TOutcome<TPresenterView>> {
  const row = await findTeacherLiveSession(teacher, sessionId, now);
  if (!row) return refuse('not-found', 'No such live lesson.');
  const state = stateOf(row);
  const order = itemOrderOf(row);
  const questionId = currentQuestionId(row);
  const located = questionId ? getQuestion(questionId) : undefined;
  const question = located ? toPublicQuestion(located.question) : null;
  const joined = await db().quizAttempt.count({ where: { liveSessionId: sessionId } });
  const base = {
    sessionId: row.id,
    seq: row.seq,
    moduleTitle: getModule(row.contentSlug)?.title ?? row.contentSlug,
    phase: state.phase,
    round: state.round,
    paused: state.paused,
    votesShown: state.votesShown,
    pairing: state.pairing,
    index: state.currentIndex,
    total: order.length,
    question,
    joined,
    endedIdle: row.endedBy === 'IDLE',
  };
  if (!located || !question || !questionId)
    return accept({
      ...base,
      answered: 0,
      summary: null,
      firstSummary: null,
      shift: null,
      suggestion: null,
      reveal: null,
      paired: null,
    });

  const current = await votesFor(sessionId, questionId, state.round);
  const first = state.round === 2 ? await votesFor(sessionId, questionId, 1) : current;
  const visible = state.votesShown || state.phase === 'REVEALED';
  const summary = summariseRound(question, current);
  const revealed = state.phase === 'REVEALED';
  const wrong = revealed
    ? current.flatMap((v) => {
        if (v.correct) return [];
        const grade = gradeResponse(located.question, v.response);
        return grade.ok ? [feedbackFor(located.question, v.response, grade).misconceptions] : [];
      })
    : [];
  const decided = state.phase === 'CLOSED' || revealed;
  return accept({
    ...base,
    answered: current.length,
    summary: visible && current.length > 0 ? summary : null,
    firstSummary: state.round === 2 && visible ? summariseRound(question, first) : null,
    shift: state.round === 2 && revealed ? compareRounds(first, current) : null,
    suggestion:
      decided && current.length > 0
        ? {
            move: suggestNextMove(summary.shareCorrect),
            text: NEXT_MOVE_TEXT[suggestNextMove(summary.shareCorrect)],
          }
        : null,
    reveal: revealed ? revealOf(located.question, wrong) : null,
    paired: state.pairing
      ? [
          ...pairDifferingAnswers(
            first.map((v) => ({ studentId: v.studentId, answerKey: JSON.stringify(v.response) })),
          ).keys(),
        ].length
      : null,
  });
}
