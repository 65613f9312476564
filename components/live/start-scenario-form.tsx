'use client';
import { useActionState } from 'react';
import { IDLE, type ActionState } from '@/lib/action-state';
import { FormAlert } from '@/components/ui/form-alert';

type Props = {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  classId: string;
  scenarios: { slug: string; title: string }[];
};

/** Play a scenario with the whole class: they vote on each decision, you advance. */
export function StartScenarioForm({ action, classId, scenarios }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <FormAlert message={state.status === 'error' ? state.message : null} />
      <input type="hidden" name="classId" value={classId} />
      <fieldset className="space-y-2">
        <legend className="field-label">Scenario</legend>
        {scenarios.map((s, i) => (
          <label key={s.slug} className="flex min-h-11 items-center gap-2">
            <input
              type="radio"
              name="scenarioSlug"
              value={s.slug}
              defaultChecked={i === 0}
              className="size-5"
            />
            {s.title}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="btn" disabled={pending}>
        {pending ? 'Starting…' : 'Start the live scenario'}
      </button>
    </form>
  );
}
