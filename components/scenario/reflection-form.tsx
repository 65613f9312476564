'use client';

import { useState } from 'react';
import { REFLECTION_MAX_LENGTH } from '@/lib/scenario/run-limits';
import { BusyButton } from '@/components/ui/busy-button';
import { LiveRegion } from '@/components/ui/live-region';

/** The optional written reflection after the ending, stored with the run for the teacher. */
export function ReflectionForm({ runId, saved }: { runId: string; saved: string | null }) {
  const [text, setText] = useState(saved ?? '');
  const [status, setStatus] = useState<{ kind: 'idle' | 'saving' | 'saved' | 'error'; message: string }>({
    kind: 'idle',
    message: '',
  });

  async function save(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (status.kind === 'saving') return;
    setStatus({ kind: 'saving', message: 'Saving…' });
    try {
      const res = await fetch(`/api/runs/${encodeURIComponent(runId)}/reflection`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text }),
      });
      const body = (await res.json()) as { error?: string };
      setStatus(
        res.ok
          ? { kind: 'saved', message: 'Your reflection is saved. Your teacher can read it.' }
          : { kind: 'error', message: body.error ?? 'Could not save.' },
      );
    } catch {
      setStatus({
        kind: 'error',
        message: 'Could not reach the server. Your text is still here; try again.',
      });
    }
  }

  return (
    <form onSubmit={save} className="space-y-2" aria-labelledby="reflection-heading">
      <label htmlFor="reflection" className="field-label">
        Which obstacle was hardest to move, and why?{' '}
        <span className="font-normal text-ink-soft">(optional)</span>
      </label>
      <textarea
        id="reflection"
        name="reflection"
        className="field-input min-h-32"
        maxLength={REFLECTION_MAX_LENGTH}
        value={text}
        aria-describedby="reflection-count reflection-error"
        aria-invalid={status.kind === 'error' || undefined}
        onChange={(e) => setText(e.target.value)}
      />
      <p id="reflection-count" className="text-sm text-ink-soft">
        {text.length} of {REFLECTION_MAX_LENGTH} characters
      </p>
      <div className="flex flex-wrap items-center gap-3">
        {/* Stays focusable while saving (a disabled button drops focus to the page). */}
        <BusyButton type="submit" className="btn" busy={status.kind === 'saving'}>
          Save reflection
        </BusyButton>
        <p role="status">{status.kind === 'error' ? '' : status.message}</p>
        <LiveRegion
          tone="assertive"
          id="reflection-error"
          message={status.kind === 'error' ? status.message : ''}
          className="field-error"
        />
      </div>
    </form>
  );
}
