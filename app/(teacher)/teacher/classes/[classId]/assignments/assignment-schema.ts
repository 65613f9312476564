import { z } from 'zod';
import { FEEDBACK_MODES } from '@/lib/assignment/assignment-rules';

/**
 * A datetime-local value ("2026-11-30T09:00") is the teacher's wall-clock time; the browser sends
 * its UTC offset (minutes, as Date#getTimezoneOffset gives it) so the server stores the instant.
 */
const LOCAL_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

function toInstant(local: string, offsetMinutes: number): Date | null {
  if (!LOCAL_DATETIME.test(local)) return null;
  const asUtc = Date.parse(`${local}:00Z`);
  return Number.isNaN(asUtc) ? null : new Date(asUtc + offsetMinutes * 60_000);
}

const ZOptionalLocal = z
  .string()
  .trim()
  .refine((v) => v === '' || LOCAL_DATETIME.test(v), 'Enter a date and time, or leave it empty.');

export const ZAssignmentForm = z
  .object({
    content: z
      .string()
      .regex(/^(QUIZ|SCENARIO):[a-z0-9-]+$/, 'Choose a module quiz or a scenario to assign.'),
    releaseAt: ZOptionalLocal,
    dueAt: ZOptionalLocal,
    maxAttempts: z
      .string()
      .trim()
      .refine(
        (v) => v === '' || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 20),
        'Enter a whole number from 1 to 20, or leave it empty for unlimited.',
      ),
    feedbackMode: z.enum(FEEDBACK_MODES, { error: 'Choose when students see feedback.' }),
    tzOffset: z.coerce.number().int().min(-900).max(900).catch(0),
  })
  .transform((f) => {
    const [kind, contentSlug] = f.content.split(':') as ['QUIZ' | 'SCENARIO', string];
    return {
      kind,
      contentSlug,
      releaseAt: f.releaseAt ? toInstant(f.releaseAt, f.tzOffset) : null,
      dueAt: f.dueAt ? toInstant(f.dueAt, f.tzOffset) : null,
      maxAttempts: f.maxAttempts ? Number(f.maxAttempts) : null,
      feedbackMode: f.feedbackMode,
    };
  })
  .refine((a) => !(a.releaseAt && a.dueAt && a.dueAt <= a.releaseAt), {
    path: ['dueAt'],
    message: 'The due date must come after the release date.',
  })
  .refine((a) => !(a.feedbackMode === 'TEST_AFTER_DUE' && !a.dueAt), {
    path: ['dueAt'],
    message: 'Review after the due date needs a due date.',
  });
