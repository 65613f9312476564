'use client';
import { useId, useRef, type ReactNode } from 'react';
import { HiddenFields } from '@/components/ui/hidden-fields';

type Props = {
  /** The server action the confirmed form posts to. */
  action: (form: FormData) => void | Promise<void>;
  /** Hidden fields the action needs (ids). */
  fields: Record<string, string>;
  /** The visible trigger text ("Delete"); `triggerDetail` is added for screen readers ("The Envoy"). */
  trigger: string;
  triggerDetail?: string;
  /** The question, naming the thing: "Delete the assignment “The long road”?" */
  title: string;
  /** The consequence, in plain words. */
  children: ReactNode;
  /** The confirming button says what it does ("Delete assignment"), never just "OK". */
  confirmLabel: string;
  triggerClassName?: string;
};

/**
 * A destructive action behind a native modal <dialog>: the browser traps focus inside it and Escape
 * closes it. Focus starts on "Cancel" (the safe choice, so Enter by habit changes nothing) and
 * returns to the trigger when the dialog closes without acting.
 */
export function ConfirmAction({
  action,
  fields,
  trigger,
  triggerDetail,
  title,
  children,
  confirmLabel,
  triggerClassName = 'btn-quiet',
}: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  return (
    <>
      <button
        ref={opener}
        type="button"
        className={triggerClassName}
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
      >
        {trigger}
        {triggerDetail ? <span className="sr-only"> {triggerDetail}</span> : null}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        className="card m-auto max-w-md space-y-4 p-6 text-ink backdrop:bg-black/50"
        onClose={() => opener.current?.focus()}
      >
        <h2 id={titleId} className="text-xl font-semibold">
          {title}
        </h2>
        <div id={bodyId} className="space-y-2">
          {children}
        </div>
        <form
          action={action}
          onSubmit={() => dialog.current?.close()}
          className="flex flex-wrap justify-end gap-3"
        >
          <HiddenFields fields={fields} />
          <button type="button" className="btn-quiet" autoFocus onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="btn">
            {confirmLabel}
          </button>
        </form>
      </dialog>
    </>
  );
}
