import { z } from 'zod';
import { FEEDBACK_MODES } from '@/lib/assignment/assignment-rules';
import { isTimeZone } from '@/lib/dates/zone';
import { isWallTime, wallTimeToInstant } from '@/lib/dates/wall-time';

/**
 * A datetime-local value ("2026-11-30T09:00") is the teacher's wall-clock time; the browser sends
 * its zone name ("America/New_York") with the form, and the server turns the two into an instant
 * with that zone's rules on that date (so a clock change between today and the due date is
 * honoured). A missing or unknown zone is read as UTC, which the page then shows back.
 */
const ZOptionalLocal = z
  .string()
  .trim()
  .refine((v) => v === '' || isWallTime(v), 'Enter a date and time, or leave it empty.');

const ZTimeZone = z
  .string()
  .trim()
  .refine((v) => isTimeZone(v))
  .catch('UTC');

const settingsFields = {
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
  timeZone: ZTimeZone,
  /** A checkbox: "on" when ticked, absent (read as '') when not. */
  acceptLateWork: z.string().catch(''),
};

type SettingsInput = {
  releaseAt: string;
  dueAt: string;
  maxAttempts: string;
  feedbackMode: (typeof FEEDBACK_MODES)[number];
  timeZone: string;
  acceptLateWork: string;
};

function toSettings(f: SettingsInput) {
  return {
    releaseAt: f.releaseAt ? wallTimeToInstant(f.releaseAt, f.timeZone) : null,
    dueAt: f.dueAt ? wallTimeToInstant(f.dueAt, f.timeZone) : null,
    maxAttempts: f.maxAttempts ? Number(f.maxAttempts) : null,
    feedbackMode: f.feedbackMode,
    acceptLateWork: f.acceptLateWork === 'on',
  };
}

/** The fields the date rules read; the rules run whenever these parse, whatever else is wrong. */
const ZDateFields = z.object({
  releaseAt: settingsFields.releaseAt,
  dueAt: settingsFields.dueAt,
  feedbackMode: settingsFields.feedbackMode,
  timeZone: settingsFields.timeZone,
});
const datesReadable = (payload: { value: unknown }) => ZDateFields.safeParse(payload.value).success;

const realDates = (raw: SettingsInput) => {
  const s = toSettings(raw);
  return (raw.releaseAt === '' || s.releaseAt !== null) && (raw.dueAt === '' || s.dueAt !== null);
};

/**
 * The rules between fields. Each runs on the raw form as soon as the fields it reads are readable,
 * even when another field (say, maximum attempts) is wrong: so one submit reports every problem
 * (accessibility review L5), rather than the next one revealing a date error.
 */
function withRules<T extends z.ZodType<SettingsInput>>(schema: T) {
  return schema
    .refine(realDates, {
      path: ['dueAt'],
      message: 'That date does not exist. Check the day and month.',
      when: datesReadable,
    })
    .refine(
      (raw) => {
        const a = toSettings(raw);
        return !(a.releaseAt && a.dueAt && a.dueAt <= a.releaseAt);
      },
      { path: ['dueAt'], message: 'The due date must come after the release date.', when: datesReadable },
    )
    .refine((raw) => !(raw.feedbackMode === 'TEST_AFTER_DUE' && raw.dueAt === ''), {
      path: ['dueAt'],
      message: 'Review after the due date needs a due date.',
      when: datesReadable,
    });
}

/** The form that creates an assignment: what to assign, plus its settings. */
export const ZAssignmentForm = withRules(
  z.object({
    ...settingsFields,
    content: z
      .string()
      .regex(/^(QUIZ|SCENARIO):[a-z0-9-]+$/, 'Choose a module quiz or a scenario to assign.'),
  }),
).transform((f) => {
  const [kind, contentSlug] = f.content.split(':') as ['QUIZ' | 'SCENARIO', string];
  return { kind, contentSlug, ...toSettings(f) };
});

/** The form that edits an assignment's settings (what was assigned stays). */
export const ZAssignmentSettingsForm = withRules(z.object(settingsFields)).transform(toSettings);
