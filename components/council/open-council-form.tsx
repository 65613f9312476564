'use client';
import { useActionState, useEffect, useState } from 'react';
import { IDLE, type ActionState } from '@/lib/action-state';
import { SEAT_FIELD_PREFIX } from '@/lib/council/hand-seating';
import type { TSeatingPlan } from '@/lib/council/view-types';
import { BusyButton } from '@/components/ui/busy-button';
import { HiddenFields } from '@/components/ui/hidden-fields';
import { FormAlert } from '@/components/ui/form-alert';
import { moveFocus } from '@/components/ui/focus';
import { useHandSubmit } from '@/components/ui/use-hand-submit';

type Props = {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  classId: string;
  /** Each student with the seat the automatic deal gives them: where a hand seating starts. */
  plan: TSeatingPlan;
};

/**
 * Open a council for the class: seats dealt automatically, or chosen by hand (a seat, or none, for
 * each student; the seats nobody is given are named as the bots'). A refusal is announced and
 * focused, and the choices stay as they were.
 */
export function OpenCouncilForm({ action, classId, plan }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const submit = useHandSubmit(formAction, pending);
  const [seating, setSeating] = useState<'auto' | 'hand'>('auto');
  const [picks, setPicks] = useState<Record<string, string>>(() =>
    Object.fromEntries(plan.students.map((s) => [s.id, s.seatId ?? ''])),
  );
  useEffect(() => {
    if (state.status === 'error') moveFocus('open-council-alert');
  }, [state]);
  const taken = new Set(Object.values(picks));
  const bots = plan.seats.filter((seat) => !taken.has(seat.id));
  return (
    <form onSubmit={submit} className="space-y-4">
      <HiddenFields fields={{ classId }} />
      <FormAlert id="open-council-alert" message={state.status === 'error' ? state.message : null} />
      <fieldset className="space-y-2">
        <legend className="field-label">Seats</legend>
        {(
          [
            ['auto', 'Deal the students round the table in the order they joined'],
            ['hand', 'Choose each student’s seat'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="flex min-h-11 items-center gap-2">
            <input
              type="radio"
              name="seating"
              value={value}
              checked={seating === value}
              onChange={() => setSeating(value)}
              className="size-5"
            />
            {label}
          </label>
        ))}
      </fieldset>
      {seating === 'hand' ? (
        <fieldset className="card space-y-3">
          <legend className="field-label">Each student’s seat</legend>
          {plan.students.length === 0 ? <p>No students have joined the class yet.</p> : null}
          <ul className="space-y-2">
            {plan.students.map((student) => (
              <li key={student.id} className="grid gap-1 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)]">
                <label htmlFor={`seat-${student.id}`} className="self-center font-medium">
                  {student.name}
                </label>
                <select
                  id={`seat-${student.id}`}
                  name={`${SEAT_FIELD_PREFIX}${student.id}`}
                  className="field-input"
                  value={picks[student.id] ?? ''}
                  onChange={(e) => setPicks((p) => ({ ...p, [student.id]: e.target.value }))}
                >
                  <option value="">No seat (follows the table)</option>
                  {plan.seats.map((seat) => (
                    <option key={seat.id} value={seat.id}>
                      {seat.name}
                    </option>
                  ))}
                </select>
              </li>
            ))}
          </ul>
          <p>
            {bots.length === 0
              ? 'Every seat has a student.'
              : `A bot plays each seat nobody is given: ${bots.map((b) => b.name).join(', ')}.`}
          </p>
        </fieldset>
      ) : null}
      <BusyButton type="submit" className="btn" busy={pending}>
        {pending ? 'Opening…' : 'Open a council'}
      </BusyButton>
    </form>
  );
}
