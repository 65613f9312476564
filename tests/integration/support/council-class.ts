import type { Db } from '@/lib/db/client';
import type { SessionUser } from '@/lib/dal/users';
import { makeUser } from './teacher-fixtures';

/** A class whose students joined one minute apart, in order (the order seats are dealt in). */
export async function councilClass(db: Db, teacher: SessionUser, name: string, prefix: string, size: number) {
  const members: SessionUser[] = [];
  for (let i = 1; i <= size; i++) members.push(await makeUser(db, 'STUDENT', `${prefix} ${i}`));
  const created = await db.class.create({
    data: {
      name,
      teacherId: teacher.id,
      enrollments: {
        create: members.map((s, i) => ({ studentId: s.id, joinedAt: new Date(Date.UTC(2026, 0, 1, 0, i)) })),
      },
    },
  });
  return { classId: created.id, students: members };
}
