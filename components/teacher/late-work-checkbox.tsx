/** The per-assignment switch: after the due date, work may still be started and handed in, marked late. */
export function LateWorkCheckbox({ id, defaultChecked }: { id: string; defaultChecked: boolean }) {
  return (
    <div>
      <label htmlFor={id} className="flex items-center gap-2 py-1">
        <input
          id={id}
          type="checkbox"
          name="acceptLateWork"
          defaultChecked={defaultChecked}
          aria-describedby={`${id}-hint`}
        />
        Accept late work
      </label>
      <p id={`${id}-hint`} className="text-sm text-ink-soft">
        After the due date students can still start and hand in; the board marks it late.
      </p>
    </div>
  );
}
