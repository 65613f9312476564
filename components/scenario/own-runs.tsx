'use client';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { useMe } from '@/components/me/use-me';
import { LocalTime } from '@/components/ui/local-time';
import { DataTable } from '@/components/ui/data-table';

/** A run as `/api/runs` sends it (dates as ISO text). */
type TRunRow = {
  id: string;
  scenarioTitle: string;
  step: number;
  startedAt: string;
  endedAt: string | null;
  endingTitle: string | null;
  assigned: boolean;
  outdated: boolean;
};

const started = (iso: string) => <LocalTime value={iso} form="day-time" />;

type TState = { kind: 'loading' } | { kind: 'failed' } | { kind: 'loaded'; runs: TRunRow[] };

/**
 * The reader's own runs on the (prerendered) scenarios page, fetched by the browser: the list of
 * scenarios is the same for everyone, this table is not.
 */
export function OwnRuns() {
  const me = useMe();
  const signedIn = me.known && me.user !== null;
  const [state, setState] = useState<TState>({ kind: 'loading' });
  useEffect(() => {
    if (!signedIn) return;
    let live = true;
    fetch('/api/runs', { cache: 'no-store', credentials: 'same-origin' })
      .then(async (res) => {
        if (!res.ok) throw new Error(String(res.status));
        const body = (await res.json()) as { runs: TRunRow[] };
        if (live) setState({ kind: 'loaded', runs: body.runs });
      })
      .catch(() => live && setState({ kind: 'failed' }));
    return () => {
      live = false;
    };
  }, [signedIn]);

  if (!me.known) return <p aria-busy="true">Loading your runs…</p>;
  if (!signedIn)
    return (
      <p>
        <Link href="/sign-in?callbackUrl=%2Fscenarios" className="link">
          Sign in
        </Link>{' '}
        to play a scenario and keep your runs.
      </p>
    );
  if (state.kind === 'loading') return <p aria-busy="true">Loading your runs…</p>;
  if (state.kind === 'failed') return <p role="alert">Your runs could not be loaded. Reload to try again.</p>;
  const runs = state.runs;
  if (runs.length === 0) return <p>You have not played a scenario yet.</p>;
  return (
    <DataTable
      caption="Your scenario runs"
      rows={runs}
      rowKey={(r) => r.id}
      columns={[
        {
          header: 'Scenario',
          cell: (r) => (
            <>
              {r.scenarioTitle}
              {r.assigned ? <span className="text-sm text-ink-soft"> (assigned)</span> : null}
            </>
          ),
        },
        { header: 'Started', cell: (r) => started(r.startedAt) },
        {
          header: 'Where it stands',
          cell: (r) => (
            <>
              {r.endedAt
                ? `Ended: ${r.endingTitle ?? 'ending reached'}`
                : `In progress, ${r.step} ${r.step === 1 ? 'step' : 'steps'} taken`}
              {r.outdated ? ' (earlier version)' : null}
            </>
          ),
        },
        {
          header: 'Open',
          cell: (r) => (
            <Link href={`/runs/${r.id}`} className="link">
              {r.endedAt ? 'Debrief' : r.outdated ? 'Read' : 'Continue'}
              <span className="sr-only">
                {' '}
                {r.scenarioTitle}, started {started(r.startedAt)}
              </span>
            </Link>
          ),
        },
      ]}
    />
  );
}
