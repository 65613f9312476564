'use client';
import { useActionState, useEffect } from 'react';
import { IDLE, type ActionState } from '@/lib/action-state';
import { BusyButton } from '@/components/ui/busy-button';
import { FormAlert } from '@/components/ui/form-alert';
import { moveFocus } from '@/components/ui/focus';

/** One button: open a council for the class. A refusal (no students yet) is announced and focused. */
export function OpenCouncilForm({
  action,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  useEffect(() => {
    if (state.status === 'error') moveFocus('open-council-alert');
  }, [state]);
  return (
    <form action={formAction} className="space-y-3">
      <FormAlert id="open-council-alert" message={state.status === 'error' ? state.message : null} />
      <BusyButton type="submit" className="btn" busy={pending}>
        {pending ? 'Opening…' : 'Open a council'}
      </BusyButton>
    </form>
  );
}
