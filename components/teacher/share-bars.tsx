import { percentText } from '@/lib/score/format';

/**
 * Horizontal bars for shares (0..1). The chart is decorative for assistive technology
 * (aria-hidden): every chart on the analytics page sits next to a table with the same numbers.
 * Bars differ by length and carry their own labels, never by colour alone. Drawn in HTML so the
 * labels keep their size on a narrow screen (review L2); a long label ends in an ellipsis with the
 * full text as its title.
 */
export function ShareBars({ bars }: { bars: readonly { label: string; share: number }[] }) {
  return (
    <div aria-hidden="true" className="max-w-xl space-y-1">
      {bars.map((b, i) => (
        <div
          key={`${b.label}-${i}`}
          className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)_3.5rem] items-center gap-x-2 text-xs"
        >
          <p className="truncate text-right" title={b.label} data-chart-label>
            {b.label}
          </p>
          <div className="h-4 border border-control-line">
            <div
              className="h-full bg-accent"
              style={{ width: `${Math.max(0, Math.min(1, b.share)) * 100}%` }}
            />
          </div>
          <p data-chart-label>{percentText(b.share)}</p>
        </div>
      ))}
    </div>
  );
}

/** Kept as a name for the analytics tables; the format itself is the one in lib/score. */
export const percent = percentText;

export function decimal(x: number | null): string {
  return x === null ? '—' : x.toFixed(2);
}
