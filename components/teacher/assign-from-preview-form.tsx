'use client';
import { useActionState } from 'react';
import { IDLE, type ActionState } from '@/lib/action-state';

type Props = {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  slug: string;
  classes: readonly { id: string; name: string }[];
};

/** Pick a class and assign the quiz being previewed; a refusal is shown beside the field. */
export function AssignFromPreviewForm({ action, slug, classes }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const error = state.status === 'error' ? state.message : null;
  if (classes.length === 0) return <p>Create a class first, then you can assign this quiz to it.</p>;
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="slug" value={slug} />
      <div>
        <label htmlFor="preview-class" className="field-label">
          Class
        </label>
        <select
          id="preview-class"
          name="classId"
          className="field-input"
          defaultValue={classes.length === 1 ? classes[0]?.id : ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'preview-class-error' : 'preview-class-hint'}
        >
          {classes.length === 1 ? null : <option value="">Choose…</option>}
          {classes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn" disabled={pending}>
        {pending ? 'Assigning…' : 'Assign this quiz'}
      </button>
      <p id="preview-class-hint" className="w-full text-sm text-ink-soft">
        It is set as practice with no due date; you can add dates on the class’s Assignments page.
      </p>
      {error ? (
        <p id="preview-class-error" role="alert" className="field-error w-full">
          {error}
        </p>
      ) : null}
    </form>
  );
}
