import 'server-only';
import { applyControl } from '@/lib/live/controls';
import { idleEndOf } from '@/lib/live/idle';
import { commitLessonState } from './live-commit';
import { itemOrderOf, stateOf, type TLiveSessionRow } from './live-rows';

/**
 * Lessons left running (lib/live/idle.ts) end the first time anything reads them: the presenter,
 * a phone, the class's live page, a student's "Live now", starting another lesson, the board. Each
 * of those reads through `settled`, which ends the idle ones among what it read and reads again.
 */

/**
 * Ends every lesson among `lessons` that has gone idle by `now`, through the teacher's own End path
 * (commitLessonState): attempts closed, answers into the review queue and mastery once, the lesson
 * ended by IDLE at the moment it went idle, its topic published. A compare-and-set on the seq this
 * reader saw, so two readers at once end it once, and a teacher's move in between (a new seq)
 * keeps it running. True when any was idle, so the caller reads again.
 */
export async function endIdleLessons(lessons: readonly TLiveSessionRow[], now: Date): Promise<boolean> {
  let idle = false;
  for (const lesson of lessons) {
    const at = idleEndOf(lesson, now);
    if (!at) continue;
    idle = true;
    const ended = applyControl(stateOf(lesson), 'end', itemOrderOf(lesson).length);
    if (ended.ok) await commitLessonState(lesson.id, lesson.seq, ended.state, { at, by: 'IDLE' });
  }
  return idle;
}

type TRead = TLiveSessionRow | readonly TLiveSessionRow[] | null;

/** What `read` finds once the idle lessons in it have ended: one read when none was idle (the usual case). */
export async function settled<T extends TRead>(read: () => Promise<T>, now: Date): Promise<T> {
  const found = await read();
  const lessons = found === null ? [] : Array.isArray(found) ? found : [found];
  return (await endIdleLessons(lessons as TLiveSessionRow[], now)) ? read() : found;
}
