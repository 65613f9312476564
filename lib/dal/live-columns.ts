import 'server-only';
import { db } from '@/lib/db';
import type { AssignmentRow } from '@/lib/analytics/rows';
import { contentTitle } from './assignments';
import { settled } from './live-idle';
import { LIVE_SESSION_COLUMNS } from './live-rows';

/**
 * A class's live quiz lessons as columns of its progress board, analytics and gradebook, beside
 * its assignments: each student's live attempt is their work on that column (one per student per
 * lesson), done when the lesson ends. Ids are the sessions' ids.
 */
export async function liveLessonColumns(classId: string, now = new Date()) {
  // A lesson left running ends here (live-idle.ts), so its answers count on the board read next.
  const read = () =>
    db().liveSession.findMany({
      where: { classId, kind: 'QUIZ' },
      orderBy: [{ startedAt: 'asc' }, { id: 'asc' }],
      select: LIVE_SESSION_COLUMNS,
    });
  const sessions = await settled(read, now);
  return sessions.map((s) => ({
    id: s.id,
    kind: s.kind,
    contentSlug: s.contentSlug,
    row: {
      id: s.id,
      title: `Live lesson: ${contentTitle(s.kind, s.contentSlug)} (${s.startedAt.toISOString().slice(0, 10)})`,
      kind: 'quiz',
      releaseAt: s.startedAt.toISOString(),
      dueAt: null,
      maxAttempts: 1,
    } satisfies AssignmentRow,
  }));
}
