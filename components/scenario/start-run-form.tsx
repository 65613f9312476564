import { startRunAction } from '@/app/scenarios/actions';

/** A one-button form that starts (or resumes) a run; works without JavaScript. */
export function StartRunForm({
  slug,
  assignmentId,
  label,
}: {
  slug: string;
  assignmentId: string | null;
  label: string;
}) {
  return (
    <form action={startRunAction}>
      <input type="hidden" name="slug" value={slug} />
      {assignmentId ? <input type="hidden" name="assignment" value={assignmentId} /> : null}
      <button type="submit" className="btn">
        {label}
      </button>
    </form>
  );
}
