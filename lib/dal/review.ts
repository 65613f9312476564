import 'server-only';
import { db } from '@/lib/db';
import type { SessionUser } from './users';

/** How many spaced-review items are due for the student now. */
export function countDueReviews(student: SessionUser, now = new Date()): Promise<number> {
  return db().reviewItem.count({ where: { studentId: student.id, due: { lte: now } } });
}
