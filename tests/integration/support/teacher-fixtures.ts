import type { Db } from '@/lib/db/client';
import type { SessionUser } from '@/lib/dal/users';

let counter = 0;

/** A user row plus the SessionUser the data layer takes. */
export async function makeUser(
  db: Db,
  role: 'STUDENT' | 'TEACHER',
  name = role.toLowerCase(),
): Promise<SessionUser> {
  counter += 1;
  const id = `${name}-${Date.now().toString(36)}-${counter}`.toLowerCase().replace(/[^a-z0-9-]/g, '');
  const user = await db.user.create({
    data: { displayName: name, username: id, passwordHash: 'x', role },
    select: { id: true, displayName: true, role: true, sessionVersion: true, mustChangePassword: true },
  });
  return user as SessionUser;
}

/** A submitted quiz attempt with one response per given question result. */
export async function submitAttempt(
  db: Db,
  opts: {
    studentId: string;
    assignmentId: string;
    moduleSlug: string;
    answers: {
      questionId: string;
      optionId?: string;
      correct: boolean;
      misconceptions?: string[];
      confidence?: 'SURE' | 'NOT_SURE';
    }[];
    submittedAt?: Date;
  },
) {
  const score = opts.answers.filter((a) => a.correct).length;
  return db.quizAttempt.create({
    data: {
      studentId: opts.studentId,
      moduleSlug: opts.moduleSlug,
      assignmentId: opts.assignmentId,
      contentVersion: 'test',
      mode: 'TEST',
      state: 'SUBMITTED',
      questionOrder: JSON.stringify(opts.answers.map((a) => a.questionId)),
      score,
      maxScore: opts.answers.length,
      submittedAt: opts.submittedAt ?? new Date(),
      responses: {
        create: opts.answers.map((a) => ({
          questionId: a.questionId,
          answer: JSON.stringify(
            a.optionId ? { type: 'single', optionId: a.optionId } : { type: 'true-false', value: a.correct },
          ),
          score: a.correct ? 1 : 0,
          correct: a.correct,
          confidence: a.confidence ?? null,
          misconceptions: JSON.stringify(a.misconceptions ?? []),
        })),
      },
    },
  });
}
