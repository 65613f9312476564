/** A one-button form that starts (or resumes) a run; works without JavaScript. */
export function StartRunForm({
  action,
  slug,
  assignmentId,
  label,
}: {
  /** The start-run server action, passed down from the page (components never import routes). */
  action: (form: FormData) => Promise<void>;
  slug: string;
  assignmentId: string | null;
  label: string;
}) {
  return (
    <form action={action}>
      <input type="hidden" name="slug" value={slug} />
      {assignmentId ? <input type="hidden" name="assignment" value={assignmentId} /> : null}
      <button type="submit" className="btn">
        {label}
      </button>
    </form>
  );
}
