import type { TPublicLogEntry } from '@/lib/scenario';

/** The run's decisions and drawn events in order, each with what it led to. */
export function RunTimeline({ log }: { log: TPublicLogEntry[] }) {
  if (log.length === 0) return <p>No decisions yet.</p>;
  return (
    <ol className="space-y-3">
      {log.map((entry) => (
        <li key={entry.step} className="border-l-2 border-line pl-3">
          <p className="text-sm text-ink-soft">
            Step {entry.step} · {entry.nodeTitle} ·{' '}
            {entry.kind === 'decision' ? 'your decision' : 'what happened'}
          </p>
          <p className="font-medium">{entry.label}</p>
          <p>{entry.consequence}</p>
        </li>
      ))}
    </ol>
  );
}
