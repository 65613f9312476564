'use server';
import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { serverAction } from '@/lib/actions/server-action';
import type { Problem } from '@/lib/actions/guarded-action';
import { createStudentBatch } from '@/lib/dal/roster-batch';
import { reissueUnusedCards } from '@/lib/dal/roster-reprint';
import { parseNameList } from '@/lib/dal/roster-credentials';
import { DUPLICATE_CHOICES } from '@/lib/roster/duplicate-names';
import type { BulkCardsState, CardsState } from '@/lib/roster/sign-in-card';
import { ZRecordId } from '@/lib/record-id';

const MAX_BULK = 60;
const ZNames = z
  .array(z.string().max(60, 'Each name can have at most 60 characters.'))
  .min(1, 'Type at least one name, one per line.')
  .max(MAX_BULK, `Add at most ${MAX_BULK} students at a time.`);
const ZBulkForm = z.object({
  classId: ZRecordId,
  key: z.string().regex(/^[0-9a-f-]{36}$/),
  duplicates: z.enum(DUPLICATE_CHOICES),
  names: ZNames,
});

function refresh(classId: string) {
  revalidatePath(`/teacher/classes/${classId}`, 'layout');
  revalidatePath('/teacher');
}

/** A record id or key that did not come from the page is the usual 404; a bad list is the form's message. */
function cardsError(problem: Problem): { status: 'error'; message: string } {
  if (problem.field === 'classId' || problem.field === 'key' || problem.field === 'duplicates') notFound();
  return { status: 'error', message: problem.message };
}

export const createStudentsAction = serverAction({
  shape: { withState: true, payload: 'form' },
  read: ({ form }) => {
    const raw = form.get('names');
    return {
      classId: form.get('classId'),
      key: form.get('key'),
      duplicates: form.get('duplicates') ?? 'ask',
      names: parseNameList(typeof raw === 'string' ? raw : ''),
    };
  },
  schema: ZBulkForm,
  caller: 'teacher',
  returnTo: ({ classId }) => `/teacher/classes/${encodeURIComponent(classId)}/cards`,
  refused: cardsError,
  run: async ({ classId, key, duplicates, names }, teacher): Promise<BulkCardsState> => {
    const outcome = await createStudentBatch(teacher, classId, names, key, duplicates);
    if (!outcome) notFound();
    switch (outcome.kind) {
      case 'duplicates':
        return { status: 'duplicates', duplicates: outcome.duplicates };
      case 'already-created':
        return {
          status: 'error',
          message: `These ${outcome.count} accounts were already created from this list, so none were added again. Lost cards can be reprinted below.`,
        };
      case 'nothing-new':
        return { status: 'error', message: 'Every name is already in the class, so no account was created.' };
      case 'created':
        refresh(classId);
        return { status: 'ok', nextKey: randomUUID(), cards: outcome.cards };
    }
  },
});

export const reprintCardsAction = serverAction({
  shape: { withState: true, payload: 'form' },
  read: ({ form }) => ({ classId: form.get('classId') }),
  schema: z.object({ classId: ZRecordId }),
  caller: 'teacher',
  returnTo: ({ classId }) => `/teacher/classes/${encodeURIComponent(classId)}/cards`,
  refused: (): CardsState => notFound(),
  run: async ({ classId }, teacher): Promise<CardsState> => {
    const cards = await reissueUnusedCards(teacher, classId);
    if (!cards) notFound();
    if (cards.length === 0)
      return {
        status: 'error',
        message: 'Every pupil on your cards has signed in already: nothing to reprint.',
      };
    refresh(classId);
    return { status: 'ok', cards };
  },
});
