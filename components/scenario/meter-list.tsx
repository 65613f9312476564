import type { TPublicMeter } from '@/lib/scenario';
import { directionWords } from './format';

/** Each meter as a label, its number, a bar and the direction that is good: never colour alone. */
export function MeterList({ meters }: { meters: TPublicMeter[] }) {
  return (
    <ul className="space-y-3">
      {meters.map((m) => {
        const share = ((m.value - m.min) / (m.max - m.min)) * 100;
        return (
          <li key={m.id}>
            <div className="flex flex-wrap items-baseline justify-between gap-x-2">
              <span className="font-medium">{m.label}</span>
              <span>
                <strong>{m.value}</strong> of {m.max}
                <span className="text-sm text-ink-soft"> · {directionWords(m.good)}</span>
              </span>
            </div>
            <MeterBar share={share} />
            <p className="mt-1 text-sm text-ink-soft">{m.description}</p>
          </li>
        );
      })}
    </ul>
  );
}

/** Decorative: the number beside it says the same thing to a screen reader. */
export function MeterBar({ share }: { share: number }) {
  return (
    <div
      aria-hidden="true"
      className="mt-1 h-2.5 w-full overflow-hidden rounded-full border border-line bg-paper"
    >
      <div
        className="h-full rounded-full bg-accent"
        style={{ width: `${Math.max(0, Math.min(100, share))}%` }}
      />
    </div>
  );
}
