'use client';
import type { ButtonHTMLAttributes, MouseEvent } from 'react';

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'disabled'> & {
  /** While true the button ignores presses but stays focusable, so keyboard focus is not lost. */
  busy?: boolean;
  /** Unavailable for another reason than a request in flight (e.g. "Up" on the first item). */
  unavailable?: boolean;
};

/**
 * A button that is never `disabled` while focused: a disabled button drops keyboard focus to
 * <body> in Chromium. aria-disabled says it is unavailable; the click guard makes that true.
 */
export function BusyButton({ busy = false, unavailable = false, onClick, type = 'button', ...rest }: Props) {
  const off = busy || unavailable;
  return (
    <button
      {...rest}
      type={type}
      aria-disabled={off || undefined}
      aria-busy={busy || undefined}
      onClick={(event: MouseEvent<HTMLButtonElement>) => {
        if (off) return event.preventDefault();
        onClick?.(event);
      }}
    />
  );
}
