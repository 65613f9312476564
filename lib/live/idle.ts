/**
 * A live lesson the teacher forgot to end. Until End, pupils' answers are not evidence (review,
 * mastery), the class cannot start another lesson and phones keep showing "Live now"; so a lesson
 * nobody has moved for LIVE_IDLE_HOURS is over, and the server ends it exactly as End would, at the
 * moment it went idle, the first time anything reads it.
 *
 * Three hours: a double period is 100 minutes, and a teacher may talk, let the class discuss or
 * pause for a break between two moves, so anything within a long lesson must never end it; a lesson
 * nobody has touched for three hours has been left running (the next lesson of the day, or the
 * next morning, should find it ended).
 */
export const LIVE_IDLE_HOURS = 3;

const LIVE_IDLE_MS = LIVE_IDLE_HOURS * 60 * 60 * 1000;

/** What the presenter and the report say of a lesson the server ended. */
export const IDLE_END_TEXT = `Ended automatically after ${LIVE_IDLE_HOURS} hours without a move`;

/**
 * When a running lesson went idle — its last move plus LIVE_IDLE_HOURS — if that moment has come by
 * `now`; null for a lesson still in use or already ended. The same for every reader, whenever it
 * reads, so concurrent readers agree on when the lesson ended.
 */
export function idleEndOf(lesson: { movedAt: Date; endedAt: Date | null }, now: Date): Date | null {
  if (lesson.endedAt) return null;
  const end = new Date(lesson.movedAt.getTime() + LIVE_IDLE_MS);
  return end.getTime() <= now.getTime() ? end : null;
}

/** A lesson's state in a few words, for its report and the class's list of lessons. */
export function lessonStatusText(lesson: { endedAt: Date | null; endedIdle: boolean }): string {
  if (!lesson.endedAt) return 'still running';
  return lesson.endedIdle ? IDLE_END_TEXT.replace(/^Ended/, 'ended') : 'ended';
}
