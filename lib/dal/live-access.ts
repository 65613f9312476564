import 'server-only';
import { db } from '@/lib/db';
import type { SessionUser } from './users';

/** Who may watch a lesson's events: its class's teacher, or a student enrolled in the class. */
export async function canWatchLiveSession(user: SessionUser, sessionId: string): Promise<boolean> {
  const where =
    user.role === 'TEACHER'
      ? { id: sessionId, class: { teacherId: user.id } }
      : { id: sessionId, class: { archivedAt: null, enrollments: { some: { studentId: user.id } } } };
  return (await db().liveSession.count({ where })) > 0;
}
