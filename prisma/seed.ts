// Demo data: idempotent, so running it twice leaves the same rows.
import { hash } from '@node-rs/argon2';
import { createPrismaClient } from '../lib/db/client';
import { databaseUrlFromEnv } from '../scripts/db/target';

export const DEMO_PASSWORD = 'open-door-demo';
export const DEMO_TEACHER = { email: 'teacher@demo.opendoor', displayName: 'Ms Demo (teacher)' };
export const DEMO_STUDENT = { username: 'demo-student', displayName: 'Demo Student' };
const DEMO_CLASS = { name: 'Demo class: Year 11 History', joinCode: 'YEAR2345' };

try {
  process.loadEnvFile('.env.local');
} catch {
  // No local env file: DATABASE_URL from the environment or the default SQLite file.
}

const db = createPrismaClient(databaseUrlFromEnv());
const passwordHash = await hash(DEMO_PASSWORD);

const teacher = await db.user.upsert({
  where: { email: DEMO_TEACHER.email },
  create: { ...DEMO_TEACHER, role: 'TEACHER', passwordHash },
  update: {},
});
const student = await db.user.upsert({
  where: { username: DEMO_STUDENT.username },
  create: { ...DEMO_STUDENT, role: 'STUDENT', passwordHash },
  update: {},
});
const cls = await db.class.upsert({
  where: { joinCode: DEMO_CLASS.joinCode },
  create: { ...DEMO_CLASS, teacherId: teacher.id },
  update: {},
});
await db.enrollment.upsert({
  where: { classId_studentId: { classId: cls.id, studentId: student.id } },
  create: { classId: cls.id, studentId: student.id },
  update: {},
});
await db.$disconnect();

console.log(`Demo data ready.
  Teacher: ${DEMO_TEACHER.email} / ${DEMO_PASSWORD}
  Student: ${DEMO_STUDENT.username} / ${DEMO_PASSWORD}
  Demo class join code: YEAR-2345`);
