import { setDatabaseClient } from '@/lib/db';
import type { SessionUser } from '@/lib/dal/users';
import { createMemoryBus } from '@/lib/realtime/memory-bus';
import { setRealtimeBus } from '@/lib/realtime/server-bus';
import { createTestDatabase, type TestDatabase } from './databases';
import { makeUser } from './teacher-fixtures';

export type TLiveClass = { t: TestDatabase; teacher: SessionUser; students: SessionUser[]; classId: string };

/** A fresh database with a teacher, a class of three pupils and an in-process bus, for live lessons. */
export async function liveClass(kind: 'sqlite' | 'postgres', className: string): Promise<TLiveClass> {
  const t = await createTestDatabase(kind);
  setDatabaseClient(t.db);
  setRealtimeBus(createMemoryBus());
  const teacher = await makeUser(t.db, 'TEACHER');
  const students = await Promise.all([1, 2, 3].map((i) => makeUser(t.db, 'STUDENT', `pupil ${i}`)));
  const created = await t.db.class.create({
    data: {
      name: className,
      teacherId: teacher.id,
      enrollments: { create: students.map((s) => ({ studentId: s.id })) },
    },
  });
  return { t, teacher, students, classId: created.id };
}
