'use client';
import { useState } from 'react';

type Props = { text: string; label: string; copiedMessage: string };

/** Puts the old-fashioned route first when the page is not a secure context (a school's http:// server). */
async function copyText(text: string): Promise<boolean> {
  if (window.isSecureContext && navigator.clipboard) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Permission refused: fall through to the selection-based copy.
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  return ok;
}

/** A button that copies `text`; the result is said in an always-mounted status so screen readers hear it. */
export function CopyButton({ text, label, copiedMessage }: Props) {
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  return (
    <span className="inline-flex flex-col">
      <button
        type="button"
        className="btn-quiet"
        onClick={async () => {
          const ok = await copyText(text);
          setOutcome(
            ok
              ? { ok, message: copiedMessage }
              : { ok, message: `Copying did not work here: select and copy ${text} yourself.` },
          );
        }}
      >
        {label}
      </button>
      <span role="status" className="text-sm font-medium">
        {outcome ? (
          <>
            {outcome.ok ? <span aria-hidden="true">✓ </span> : null}
            {outcome.message}
          </>
        ) : null}
      </span>
    </span>
  );
}
