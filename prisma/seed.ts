// Demo data: idempotent, so running it twice leaves the same rows.
import { hash } from '@node-rs/argon2';
import { createPrismaClient } from '../lib/db/client';
import { databaseUrlFromEnv } from '../scripts/db/target';
import { demoStudents, seedClassWork, type DemoClass } from './seed/demo-classes';

export const DEMO_PASSWORD = 'open-door-demo';
export const DEMO_TEACHER = { email: 'teacher@demo.opendoor', displayName: 'Ms Demo' };
export const DEMO_STUDENT = { username: 'demo-student', displayName: 'Demo Student' };

/** Two living classes: work done, late, in progress and not started, on quizzes and scenarios. */
const DEMO_CLASSES: DemoClass[] = [
  {
    name: 'Demo class: Year 11 History',
    joinCode: 'YEAR2345',
    prefix: 'y11',
    size: 24,
    assignments: [
      {
        kind: 'QUIZ',
        slug: 'article-5-borders',
        releaseInDays: -14,
        dueInDays: -9,
        maxAttempts: 2,
        feedbackMode: 'TEST',
      },
      {
        kind: 'QUIZ',
        slug: 'allied-politics',
        releaseInDays: -8,
        dueInDays: -2,
        maxAttempts: null,
        feedbackMode: 'PRACTICE',
      },
      {
        kind: 'SCENARIO',
        slug: 'the-envoy',
        releaseInDays: -4,
        dueInDays: 3,
        maxAttempts: 3,
        feedbackMode: 'PRACTICE',
      },
      {
        kind: 'QUIZ',
        slug: 'escalation',
        releaseInDays: -1,
        dueInDays: 6,
        maxAttempts: 1,
        feedbackMode: 'TEST_AFTER_DUE',
      },
      {
        kind: 'QUIZ',
        slug: 'long-road',
        releaseInDays: 2,
        dueInDays: 9,
        maxAttempts: 2,
        feedbackMode: 'TEST',
      },
    ],
  },
  {
    name: 'Demo class: Year 12 Politics',
    joinCode: 'POLS7K4M',
    prefix: 'y12',
    size: 25,
    assignments: [
      {
        kind: 'QUIZ',
        slug: 'paths-and-precedents',
        releaseInDays: -12,
        dueInDays: -5,
        maxAttempts: 2,
        feedbackMode: 'TEST',
      },
      {
        kind: 'SCENARIO',
        slug: 'the-table',
        releaseInDays: -6,
        dueInDays: -1,
        maxAttempts: null,
        feedbackMode: 'PRACTICE',
      },
      {
        kind: 'QUIZ',
        slug: 'war-and-leverage',
        releaseInDays: -2,
        dueInDays: 5,
        maxAttempts: null,
        feedbackMode: 'PRACTICE',
      },
      {
        kind: 'QUIZ',
        slug: 'article-5-borders',
        releaseInDays: -1,
        dueInDays: 8,
        maxAttempts: 1,
        feedbackMode: 'TEST_AFTER_DUE',
      },
    ],
  },
];

try {
  process.loadEnvFile('.env.local');
} catch {
  // No local env file: DATABASE_URL from the environment or the default SQLite file.
}

const db = createPrismaClient(databaseUrlFromEnv());
// One Argon2 hash shared by every demo account: hashing 50 passwords would take most of the seed's time.
const passwordHash = await hash(DEMO_PASSWORD);
const now = Date.now();

const teacher = await db.user.upsert({
  where: { email: DEMO_TEACHER.email },
  create: { ...DEMO_TEACHER, role: 'TEACHER', passwordHash },
  update: {},
});
const demoStudent = await db.user.upsert({
  where: { username: DEMO_STUDENT.username },
  create: { ...DEMO_STUDENT, role: 'STUDENT', passwordHash },
  update: {},
});

for (const [index, spec] of DEMO_CLASSES.entries()) {
  const cls = await db.class.upsert({
    where: { joinCode: spec.joinCode },
    create: {
      name: spec.name,
      joinCode: spec.joinCode,
      teacherId: teacher.id,
      createdAt: new Date(now - (30 - index) * 86_400_000),
    },
    update: {},
  });
  const students = [];
  for (const pupil of demoStudents(spec)) {
    const user = await db.user.upsert({
      where: { username: pupil.username },
      create: { ...pupil, role: 'STUDENT', passwordHash, createdById: teacher.id },
      update: {},
      select: { id: true, username: true },
    });
    students.push({ id: user.id, username: pupil.username });
  }
  // The demo student is in the first class, where a teacher's walkthrough starts.
  if (index === 0) students.push({ id: demoStudent.id, username: DEMO_STUDENT.username });
  for (const s of students) {
    await db.enrollment.upsert({
      where: { classId_studentId: { classId: cls.id, studentId: s.id } },
      create: { classId: cls.id, studentId: s.id },
      update: {},
    });
  }
  await seedClassWork(db, cls.id, spec, students, now);
}
await db.$disconnect();

console.log(`Demo data ready.
  Teacher: ${DEMO_TEACHER.email} / ${DEMO_PASSWORD}
  Student: ${DEMO_STUDENT.username} / ${DEMO_PASSWORD} (demo pupils such as y11-…-01 use the same password)
  Demo class join codes: YEAR-2345, POLS-7K4M`);
