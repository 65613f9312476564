'use client';

import { useId, useState } from 'react';
import {
  MAX_COMMENT_LENGTH,
  REASON_TEXT,
  REPORT_REASONS,
  type TReportKind,
  type TReportReason,
} from '@/lib/reports/report-text';

type Target = { ref: string; label: string };

type Props = {
  kind: TReportKind;
  /** One item, or several to choose from (e.g. the paragraphs of a briefing). */
  targets: readonly Target[];
  /** What the summary line calls the item, e.g. "this question". */
  what: string;
};

type Status = { tone: 'ok' | 'error'; text: string } | null;

/**
 * "Report a problem": a collapsed form under a question's feedback, a briefing or a scenario step. The
 * report goes to the teachers' Content reports page; a second report on the same item replaces the first.
 */
export function ReportProblem({ kind, targets, what }: Props) {
  const id = useId();
  const [ref, setRef] = useState(targets[0]?.ref ?? '');
  const [reason, setReason] = useState<TReportReason>('WRONG');
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  if (targets.length === 0) return null;

  async function send(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setStatus(null);
    try {
      const response = await fetch('/api/reports', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ kind, ref, reason, comment }),
      });
      const body = (await response.json().catch(() => ({}))) as { error?: string };
      if (response.ok) {
        setStatus({
          tone: 'ok',
          text: 'Thank you. Your report was sent to the teachers who check the content.',
        });
        setComment('');
      } else setStatus({ tone: 'error', text: body.error ?? 'The report could not be sent. Try again.' });
    } catch {
      setStatus({
        tone: 'error',
        text: 'The report could not be sent. Check your connection and try again.',
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <details className="text-base">
      <summary className="link cursor-pointer">Report a problem with {what}</summary>
      <form onSubmit={send} className="mt-3 space-y-3" aria-describedby={`${id}-status`}>
        {targets.length > 1 ? (
          <div>
            <label htmlFor={`${id}-target`} className="block font-medium">
              Which part?
            </label>
            <select
              id={`${id}-target`}
              value={ref}
              onChange={(e) => setRef(e.target.value)}
              className="mt-1 w-full max-w-prose"
            >
              {targets.map((t) => (
                <option key={t.ref} value={t.ref}>
                  {t.label}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <fieldset>
          <legend className="font-medium">What is the problem?</legend>
          {REPORT_REASONS.map((r) => (
            <label key={r} className="mr-4 inline-flex items-center gap-2">
              <input
                type="radio"
                name={`${id}-reason`}
                value={r}
                checked={reason === r}
                onChange={() => setReason(r)}
              />
              {REASON_TEXT[r]}
            </label>
          ))}
        </fieldset>
        <div>
          <label htmlFor={`${id}-comment`} className="block font-medium">
            Comment
          </label>
          <textarea
            id={`${id}-comment`}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            required
            minLength={3}
            maxLength={MAX_COMMENT_LENGTH}
            rows={3}
            className="mt-1 w-full max-w-prose"
          />
        </div>
        <button type="submit" className="btn-quiet" disabled={busy}>
          Send report
        </button>
        <p id={`${id}-status`} role="status" className={status?.tone === 'error' ? 'text-bad' : ''}>
          {status?.text ?? ''}
        </p>
      </form>
    </details>
  );
}
