'use client';
import { useEffect, useState } from 'react';

const mmss = (seconds: number) => {
  const s = Math.max(0, Math.floor(seconds));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};

type Props = {
  startedAt: string;
  serverNow: string;
  /** The council's own clock (a closed silence moves it past the wall clock). */
  councilNow: number;
  totalMinutes: number;
  silenceDeadline: number | null;
  ended: boolean;
};

/**
 * The elapsed time by the server's clock (its time at the last fetch, carried forward by this
 * screen's), never by the device's idea of the date. Not a live region: a screen reader hears the
 * time when it reads it, not every second.
 */
export function CouncilClock({
  startedAt,
  serverNow,
  councilNow,
  totalMinutes,
  silenceDeadline,
  ended,
}: Props) {
  const [offsetMs] = useState(() => Date.parse(serverNow) - Date.now());
  const [tick, setTick] = useState(() => Date.parse(serverNow));
  useEffect(() => {
    if (ended) return;
    const timer = setInterval(() => setTick(Date.now() + offsetMs), 1000);
    return () => clearInterval(timer);
  }, [ended, offsetMs]);
  const elapsed = Math.max(councilNow, (tick - Date.parse(startedAt)) / 1000);
  const total = totalMinutes * 60;
  return (
    <p className="text-lg font-semibold tabular-nums">
      <span>
        Time {mmss(Math.min(elapsed, total))} of {mmss(total)}
      </span>
      {silenceDeadline !== null ? (
        <span className="ml-4">
          {elapsed < silenceDeadline
            ? `Silence ends in ${mmss(silenceDeadline - elapsed)}`
            : 'Silence deadline passed'}
        </span>
      ) : null}
    </p>
  );
}
