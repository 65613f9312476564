import { z } from 'zod';

// In the browser zod must not probe for `new Function`: the Content-Security-Policy has no
// 'unsafe-eval', and the probe is reported as a violation even though zod catches it.
if (typeof window !== 'undefined') z.config({ jitless: true });

/** Form schemas shared by the browser (field errors as you type) and the server (the authority). */

export const ROLES = ['STUDENT', 'TEACHER'] as const;
export type Role = (typeof ROLES)[number];

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,31}$/;

/** An email address or a username; stored lower-case. */
export const ZIdentifier = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'Enter your email or username.')
  .max(254, 'That is too long for an email or username.')
  .refine((v) => (v.includes('@') ? z.email().safeParse(v).success : USERNAME.test(v)), {
    message: 'Enter an email address, or a username of 3–32 letters, digits, dots, dashes or underscores.',
  });

export const ZPassword = z
  .string()
  .min(10, 'Use at least 10 characters.')
  .max(128, 'Use at most 128 characters.');

export const ZSignUp = z.object({
  displayName: z
    .string()
    .trim()
    .min(1, 'Enter the name others will see.')
    .max(60, 'Use at most 60 characters.'),
  identifier: ZIdentifier,
  password: ZPassword,
  role: z.enum(ROLES, { error: 'Choose whether you are a student or a teacher.' }),
});
export type TSignUp = z.infer<typeof ZSignUp>;

export const ZSignIn = z.object({
  identifier: z.string().trim().toLowerCase().min(1, 'Enter your email or username.').max(254),
  password: z.string().min(1, 'Enter your password.').max(128),
});

export type FieldErrors<T> = Partial<Record<keyof T, string>>;

/** The first message per field, ready to show next to each control. */
export function fieldErrors<T>(error: z.ZodError<T>): FieldErrors<T> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form');
    out[key] ??= issue.message;
  }
  return out as FieldErrors<T>;
}
