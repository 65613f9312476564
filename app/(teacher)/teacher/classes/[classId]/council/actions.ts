'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { serverAction } from '@/lib/actions/server-action';
import { formError } from '@/lib/actions/form-error';
import type { ActionState } from '@/lib/action-state';
import type { TRefusal } from '@/lib/outcome/refusal';
import { ZSeatPicks, readSeatPicks } from '@/lib/council/hand-seating';
import { openCouncil } from '@/lib/dal/council';
import { moveStudentToSeat } from '@/lib/dal/council-seats';
import { ZRecordId } from '@/lib/record-id';

const ZOpenCouncil = z.discriminatedUnion('seating', [
  z.object({ classId: ZRecordId, seating: z.literal('auto') }),
  z.object({ classId: ZRecordId, seating: z.literal('hand'), picks: ZSeatPicks }),
]);

/**
 * Opens a council for the class (the form holds the class id), the seats dealt automatically or as
 * the teacher chose (`seat:<student id>` fields), then goes to the presenter.
 */
export const openCouncilAction = serverAction({
  shape: { withState: true, payload: 'form' },
  read: ({ form }) => ({
    classId: form.get('classId'),
    seating: form.get('seating') ?? 'auto',
    picks: readSeatPicks(form.entries()),
  }),
  schema: ZOpenCouncil,
  caller: 'teacher',
  returnTo: (input) => `/teacher/classes/${input.classId}/council`,
  refused: formError(['council'], ['classId', 'seating']),
  run: async (input, teacher) => {
    const seating =
      input.seating === 'hand' ? { mode: 'hand' as const, picks: input.picks } : { mode: 'auto' as const };
    const opened = await openCouncil(teacher, input.classId, seating);
    if (!opened.ok) return opened;
    redirect(`/teacher/council/${opened.value.sessionId}`);
  },
});

const ZMoveSeat = z.object({
  classId: ZRecordId,
  sessionId: ZRecordId,
  studentId: ZRecordId,
  seatId: z.string().max(64),
});

/** Moves one student to another seat (or none) while the council sits; the form holds every id. */
export const moveCouncilSeatAction = serverAction({
  shape: { withState: true, payload: 'form' },
  read: ({ form }) => ({
    classId: form.get('classId'),
    sessionId: form.get('sessionId'),
    studentId: form.get('studentId'),
    seatId: form.get('seatId'),
  }),
  schema: ZMoveSeat,
  caller: 'teacher',
  returnTo: (input) => `/teacher/classes/${input.classId}/council`,
  refused: formError(['seatId'], ['classId', 'sessionId', 'studentId']),
  run: async ({ classId, sessionId, studentId, seatId }, teacher): Promise<ActionState | TRefusal> => {
    const moved = await moveStudentToSeat(teacher, { classId, sessionId, studentId, seatId: seatId || null });
    if (!moved.ok) return moved;
    revalidatePath(`/teacher/classes/${classId}/council`);
    const { student, seat } = moved.value;
    return {
      status: 'ok',
      message: seat
        ? `${student} now sits at ${seat}; their phone shows that seat’s brief when it next refreshes.`
        : `${student} no longer holds a seat and follows the table.`,
    };
  },
});
