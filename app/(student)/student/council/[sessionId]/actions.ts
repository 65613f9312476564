'use server';
import { z } from 'zod';
import { serverAction } from '@/lib/actions/server-action';
import { formError } from '@/lib/actions/form-error';
import { REFLECTION_MAX_CHARS, saveCouncilReflection } from '@/lib/dal/council-reflections';
import { ZRecordId } from '@/lib/record-id';

const ZReflection = z.object({
  sessionId: ZRecordId,
  reflection: z
    .string({ error: 'Write your reflection first.' })
    .trim()
    .min(1, 'Write your reflection first.')
    .max(REFLECTION_MAX_CHARS, `Keep it under ${REFLECTION_MAX_CHARS} characters.`),
});

/** Saves (or replaces) the student's reflection on a council that has ended; the form holds the council's id. */
export const saveCouncilReflectionAction = serverAction({
  shape: { withState: true, payload: 'form' },
  read: ({ form }) => ({ sessionId: form.get('sessionId'), reflection: form.get('reflection') }),
  schema: ZReflection,
  caller: 'user',
  returnTo: (input) => `/student/council/${input.sessionId}`,
  refused: formError(['reflection'], ['sessionId']),
  run: async ({ sessionId, reflection }, student) => {
    const saved = await saveCouncilReflection(student, sessionId, reflection);
    if (!saved.ok) return saved;
    return { status: 'ok' as const, message: 'Your reflection is saved; your teacher will read it.' };
  },
});
