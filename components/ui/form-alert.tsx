/** A form-level message announced to screen readers; the icon and wording carry the meaning, not colour. */
export function FormAlert({ message }: { message?: string | null }) {
  if (!message) return null;
  return (
    <div role="alert" className="mb-4 rounded-lg border-2 border-[var(--color-bad)] p-3 font-medium">
      <span aria-hidden="true">⚠ </span>
      {message}
    </div>
  );
}
