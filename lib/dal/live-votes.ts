import 'server-only';
import { db } from '@/lib/db';
import type { TLiveVoteRow } from '@/lib/live/distribution';
import { confidenceFromDb, parseStoredAnswer } from '@/lib/quiz/stored-columns';

/** The votes of one question and round, decoded for the pure summaries. */
export async function votesFor(
  sessionId: string,
  questionId: string,
  round: number,
): Promise<TLiveVoteRow[]> {
  const rows = await db().liveVote.findMany({
    where: { sessionId, questionId, round },
    select: { studentId: true, answer: true, correct: true, score: true, confidence: true },
  });
  return rows.flatMap((r) => {
    const response = parseStoredAnswer(r.answer);
    return response
      ? [
          {
            studentId: r.studentId,
            response,
            correct: r.correct,
            score: r.score,
            confidence: confidenceFromDb(r.confidence),
          },
        ]
      : [];
  });
}
