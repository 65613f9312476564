import { setDatabaseClient } from '@/lib/db';
import type { Db } from '@/lib/db/client';
import { moveInCouncil, type TMoveInput } from '@/lib/dal/council-act';
import type { SessionUser } from '@/lib/dal/users';
import { createTestDatabase, type TestDatabase } from './databases';
import { recordRealtimeTopics } from './recording-bus';
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

export type TCouncilBed = {
  t: TestDatabase;
  teacher: SessionUser;
  classId: string;
  students: SessionUser[];
  /** Every topic published, in order. */
  published: string[];
};

/** A fresh database with a teacher, one class of `size` students and a recording bus, for councils. */
export async function councilTestbed(
  kind: 'sqlite' | 'postgres',
  className: string,
  prefix: string,
  size: number,
): Promise<TCouncilBed> {
  const t = await createTestDatabase(kind);
  setDatabaseClient(t.db);
  const published: string[] = [];
  recordRealtimeTopics(published);
  const teacher = await makeUser(t.db, 'TEACHER');
  const { classId, students } = await councilClass(t.db, teacher, className, prefix, size);
  return { t, teacher, classId, students, published };
}

let moves = 0;

/** A move made at the given time, on the table as it stands (its current seq). */
export async function moveAt(
  db: Db,
  user: SessionUser,
  sessionId: string,
  move: TMoveInput['move'],
  when: Date,
) {
  const { seq } = await db.councilSession.findUniqueOrThrow({ where: { id: sessionId } });
  const clientId = `move-${++moves}-${Date.now().toString(36)}`;
  return moveInCouncil(user, sessionId, { clientId, seq, move }, () => when);
}
