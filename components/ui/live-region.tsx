/**
 * A status or alert region that is always in the page; only its text changes. Screen readers
 * announce changes to a region they already know about, and may miss one inserted already filled.
 */
export function LiveRegion({
  id,
  message,
  tone = 'polite',
  visuallyHidden = false,
  className = '',
}: {
  id?: string;
  message: string | null | undefined;
  tone?: 'polite' | 'assertive';
  visuallyHidden?: boolean;
  className?: string;
}) {
  const shown = visuallyHidden ? 'sr-only' : message ? className : '';
  return (
    <p id={id} role={tone === 'assertive' ? 'alert' : 'status'} className={shown || undefined}>
      {message ? (
        <>
          {visuallyHidden ? null : <span aria-hidden="true">{tone === 'assertive' ? '⚠ ' : 'ℹ '}</span>}
          {message}
        </>
      ) : null}
    </p>
  );
}
