/**
 * A form-level message announced to screen readers; the icon and wording carry the meaning, not
 * colour. The alert region is always in the page (empty when there is nothing to say), because a
 * region inserted already filled may not be announced.
 */
export function FormAlert({ message, id }: { message?: string | null; id?: string }) {
  return (
    <div
      id={id}
      role="alert"
      className={message ? 'mb-4 rounded-lg border-2 border-bad p-3 font-medium' : undefined}
    >
      {message ? (
        <>
          <span aria-hidden="true">⚠ </span>
          {message}
        </>
      ) : null}
    </div>
  );
}
