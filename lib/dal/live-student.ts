import 'server-only';
import { db } from '@/lib/db';
import { getModule, getQuestion, loadContent } from '@/lib/content/load';
import { toPublicQuestion } from '@/lib/content/public-question';
import { pairDifferingAnswers } from '@/lib/live/pairing';
import type { TStudentLiveView } from '@/lib/live/view-types';
import { gradeResponse } from '@/lib/quiz/grade';
import { confidenceFromDb, parseStoredAnswer } from '@/lib/quiz/stored-columns';
import { feedbackView } from './attempt-feedback';
import { type TFeedbackView } from '@/lib/quiz/attempt-types';
import { accept, refuse, type TOutcome } from '@/lib/outcome/refusal';
import { findStudentLiveSession } from './live-answers';
import { currentQuestionId, itemOrderOf, stateOf } from './live-rows';
import type { SessionUser } from './users';

/**
 * The phone's view: the public question and the student's own vote; after Reveal (and only then)
 * their own feedback with the right answer. Built from an allow-list of fields.
 */

async function partnerName(sessionId: string, questionId: string, studentId: string): Promise<string | null> {
  const votes = await db().liveVote.findMany({
    where: { sessionId, questionId, round: 1 },
    select: { studentId: true, answer: true },
  });
  const partners = pairDifferingAnswers(votes.map((v) => ({ studentId: v.studentId, answerKey: v.answer })));
  const ids = partners.get(studentId);
  if (!ids || ids.length === 0) return null;
  const users = await db().user.findMany({ where: { id: { in: ids } }, select: { displayName: true } });
  return users.map((u) => u.displayName).join(' and ') || null;
}

export async function getStudentLiveView(
  student: SessionUser,
  sessionId: string,
  now = new Date(),
): Promise<TOutcome<TStudentLiveView>> {
  const row = await findStudentLiveSession(student, sessionId, now);
  if (!row) return refuse('not-found', 'No such live lesson for you.');
  const state = stateOf(row);
  const questionId = currentQuestionId(row);
  const located = questionId ? getQuestion(questionId) : undefined;
  const ended = state.phase === 'ENDED';
  const base = {
    sessionId: row.id,
    seq: row.seq,
    moduleTitle: getModule(row.contentSlug)?.title ?? row.contentSlug,
    phase: state.phase,
    round: state.round,
    paused: state.paused,
    index: state.currentIndex,
    total: itemOrderOf(row).length,
    question: located && !ended ? toPublicQuestion(located.question) : null,
  };
  if (!located || !questionId || ended)
    return accept({ ...base, myAnswer: null, feedback: null, partner: null });
  const vote = await db().liveVote.findUnique({
    where: {
      sessionId_studentId_questionId_round: {
        sessionId,
        studentId: student.id,
        questionId,
        round: state.round,
      },
    },
    select: { answer: true, confidence: true },
  });
  const response = vote ? parseStoredAnswer(vote.answer) : null;
  const myAnswer = response && vote ? { response, confidence: confidenceFromDb(vote.confidence) } : null;
  let feedback: TFeedbackView | null = null;
  if (state.phase === 'REVEALED' && response) {
    const grade = gradeResponse(located.question, response);
    if (grade.ok) feedback = feedbackView(located.question, response, grade, loadContent());
  }
  const partner =
    state.pairing && state.phase !== 'REVEALED' ? await partnerName(sessionId, questionId, student.id) : null;
  return accept({ ...base, myAnswer, feedback, partner });
}
