'use server';
import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireTeacher } from '@/lib/auth/session';
import { createStudentBatch } from '@/lib/dal/roster-batch';
import { reissueUnusedCards } from '@/lib/dal/roster-reprint';
import { parseNameList } from '@/lib/dal/roster-credentials';
import { DUPLICATE_CHOICES } from '@/lib/roster/duplicate-names';
import type { BulkCardsState, CardsState } from '@/lib/roster/sign-in-card';
import { ZRecordId } from '@/lib/record-id';

const MAX_BULK = 60;
const ZBulkForm = z.object({
  classId: ZRecordId,
  key: z.string().regex(/^[0-9a-f-]{36}$/),
  duplicates: z.enum(DUPLICATE_CHOICES),
});
const ZNames = z
  .array(z.string().max(60, 'Each name can have at most 60 characters.'))
  .min(1, 'Type at least one name, one per line.')
  .max(MAX_BULK, `Add at most ${MAX_BULK} students at a time.`);

function refresh(classId: string) {
  revalidatePath(`/teacher/classes/${classId}`, 'layout');
  revalidatePath('/teacher');
}

export async function createStudentsAction(prev: BulkCardsState, form: FormData): Promise<BulkCardsState> {
  const teacher = await requireTeacher('/teacher');
  const parsed = ZBulkForm.safeParse({
    classId: form.get('classId'),
    key: form.get('key'),
    duplicates: form.get('duplicates') ?? 'ask',
  });
  if (!parsed.success) notFound();
  const { classId, key, duplicates } = parsed.data;
  const raw = form.get('names');
  const names = ZNames.safeParse(parseNameList(typeof raw === 'string' ? raw : ''));
  if (!names.success)
    return { status: 'error', key, message: names.error.issues[0]?.message ?? 'Check the list of names.' };
  const outcome = await createStudentBatch(teacher, classId, names.data, key, duplicates);
  if (!outcome) notFound();
  switch (outcome.kind) {
    case 'duplicates':
      return { status: 'duplicates', key, duplicates: outcome.duplicates };
    case 'already-created':
      // A queued second click after success: the cards on screen are the ones this list made.
      if (prev.status === 'ok') return prev;
      return {
        status: 'error',
        key: randomUUID(),
        message: `These ${outcome.count} accounts were already created from this list, so none were added again. Their cards can be reprinted below.`,
      };
    case 'nothing-new':
      return {
        status: 'error',
        key,
        message: 'Every name is already in the class, so no account was created.',
      };
    case 'created':
      refresh(classId);
      return { status: 'ok', key: randomUUID(), cards: outcome.cards };
  }
}

export async function reprintCardsAction(_prev: CardsState, form: FormData): Promise<CardsState> {
  const teacher = await requireTeacher('/teacher');
  const parsed = z.object({ classId: ZRecordId }).safeParse({ classId: form.get('classId') });
  if (!parsed.success) notFound();
  const cards = await reissueUnusedCards(teacher, parsed.data.classId);
  if (!cards) notFound();
  if (cards.length === 0)
    return {
      status: 'error',
      message: 'Every pupil on your cards has signed in already: nothing to reprint.',
    };
  refresh(parsed.data.classId);
  return { status: 'ok', cards };
}
