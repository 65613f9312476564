import { z } from 'zod';
import { isTimeZone } from '@/lib/dates/zone';
import { isWallTime, wallTimeToInstant } from '@/lib/dates/wall-time';

export const MAX_EXTRA_ATTEMPTS = 10;

/**
 * One pupil's terms on one assignment: their own due date as the teacher's wall-clock time (empty
 * keeps the class's) and extra attempts. The zone comes with the form, as for the assignment form.
 */
export const ZPupilTermsForm = z
  .object({
    dueAt: z
      .string()
      .trim()
      .refine((v) => v === '' || isWallTime(v), 'Enter a date and time, or leave it empty.'),
    extraAttempts: z
      .string()
      .trim()
      .refine(
        (v) => v === '' || (/^\d+$/.test(v) && Number(v) <= MAX_EXTRA_ATTEMPTS),
        `Enter a whole number from 0 to ${MAX_EXTRA_ATTEMPTS}.`,
      ),
    timeZone: z
      .string()
      .trim()
      .refine((v) => isTimeZone(v))
      .catch('UTC'),
  })
  .transform((f) => ({
    dueAt: f.dueAt ? wallTimeToInstant(f.dueAt, f.timeZone) : null,
    extraAttempts: f.extraAttempts ? Number(f.extraAttempts) : 0,
    typedDue: f.dueAt !== '',
  }))
  .refine((f) => !f.typedDue || f.dueAt !== null, {
    path: ['dueAt'],
    message: 'That date does not exist. Check the day and month.',
  });
