'use client';
import { useActionState, useEffect } from 'react';
import { IDLE, type ActionState } from '@/lib/action-state';
import type { TSeatingPlan } from '@/lib/council/view-types';
import { BusyButton } from '@/components/ui/busy-button';
import { HiddenFields } from '@/components/ui/hidden-fields';
import { FormAlert } from '@/components/ui/form-alert';
import { LiveRegion } from '@/components/ui/live-region';
import { moveFocus } from '@/components/ui/focus';

type Props = {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  classId: string;
  sessionId: string;
  plan: TSeatingPlan;
};

/** While the council sits: move one student to another seat, or to none. The answer is announced. */
export function MoveSeatForm({ action, classId, sessionId, plan }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  useEffect(() => {
    if (state.status === 'error') moveFocus('move-seat-alert');
    if (state.status === 'ok') moveFocus('move-seat-status');
  }, [state]);
  const seatName = (id: string | null) => plan.seats.find((s) => s.id === id)?.name ?? 'no seat';
  return (
    <form action={formAction} className="card space-y-3" aria-labelledby="move-seat-heading">
      <h3 id="move-seat-heading" className="text-xl font-semibold">
        Move a student to another seat
      </h3>
      <HiddenFields fields={{ classId, sessionId }} />
      <FormAlert id="move-seat-alert" message={state.status === 'error' ? state.message : null} />
      <div className="space-y-1">
        <label htmlFor="move-student" className="field-label">
          Student
        </label>
        <select id="move-student" name="studentId" className="field-input w-full">
          {plan.students.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({seatName(s.seatId)})
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="move-seat" className="field-label">
          New seat
        </label>
        <select id="move-seat" name="seatId" className="field-input w-full">
          {plan.seats.map((seat) => (
            <option key={seat.id} value={seat.id}>
              {seat.name}
            </option>
          ))}
          <option value="">No seat (follows the table)</option>
        </select>
      </div>
      <p className="text-sm">The student’s phone shows the new seat’s brief when it next refreshes.</p>
      <LiveRegion id="move-seat-status" message={state.status === 'ok' ? state.message : null} />
      <BusyButton type="submit" className="btn" busy={pending}>
        {pending ? 'Moving…' : 'Move to this seat'}
      </BusyButton>
    </form>
  );
}
