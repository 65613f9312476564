'use client';
import { useActionState, useEffect } from 'react';
import { IDLE, type ActionState } from '@/lib/action-state';
import { BusyButton } from '@/components/ui/busy-button';
import { HiddenFields } from '@/components/ui/hidden-fields';
import { LiveRegion } from '@/components/ui/live-region';
import { moveFocus } from '@/components/ui/focus';
import { useHandSubmit } from '@/components/ui/use-hand-submit';

type Props = {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  sessionId: string;
  saved: string | null;
};

/** The reflection after the council; what was typed stays after a refusal, and focus follows the answer. */
export function ReflectionForm({ action, sessionId, saved }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const submit = useHandSubmit(formAction, pending);
  useEffect(() => {
    if (state.status === 'error') moveFocus('reflection');
    if (state.status === 'ok') moveFocus('reflection-status');
  }, [state]);
  const error = state.status === 'error' ? state.message : null;
  return (
    <form onSubmit={submit} noValidate className="card space-y-3" aria-labelledby="reflection-heading">
      <HiddenFields fields={{ sessionId }} />
      <h2 id="reflection-heading" className="text-xl font-semibold">
        Your reflection
      </h2>
      <label htmlFor="reflection" className="field-label">
        What would it have taken for your seat to agree?
      </label>
      <textarea
        id="reflection"
        name="reflection"
        rows={5}
        className="field-input w-full"
        defaultValue={saved ?? ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'reflection-error' : undefined}
      />
      {error ? (
        <p id="reflection-error" className="font-medium">
          {error}
        </p>
      ) : null}
      <LiveRegion id="reflection-status" message={state.status === 'ok' ? state.message : null} />
      <BusyButton type="submit" className="btn" busy={pending}>
        {pending ? 'Saving…' : 'Save my reflection'}
      </BusyButton>
    </form>
  );
}
