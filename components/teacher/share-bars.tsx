import { percentText } from '@/lib/score/format';

/**
 * Horizontal bars for shares (0..1), in plain SVG. The chart is decorative for assistive technology
 * (aria-hidden): every chart on the analytics page sits next to a table with the same numbers.
 * Bars differ by length and carry their own labels, never by colour alone.
 */
export function ShareBars({
  bars,
  width = 420,
}: {
  bars: readonly { label: string; share: number }[];
  width?: number;
}) {
  const rowHeight = 26;
  const labelWidth = Math.round(width * 0.45);
  const barWidth = width - labelWidth - 48;
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width={width}
      height={bars.length * rowHeight + 4}
      viewBox={`0 0 ${width} ${bars.length * rowHeight + 4}`}
      className="max-w-full"
    >
      {bars.map((b, i) => {
        const y = i * rowHeight + 2;
        const w = Math.max(0, Math.min(1, b.share)) * barWidth;
        return (
          <g key={`${b.label}-${i}`}>
            <text x={labelWidth - 6} y={y + 16} textAnchor="end" fontSize="12" fill="currentColor">
              {b.label.length > 40 ? `${b.label.slice(0, 39)}…` : b.label}
            </text>
            <rect
              x={labelWidth}
              y={y + 4}
              width={barWidth}
              height={rowHeight - 10}
              fill="none"
              stroke="var(--color-line)"
            />
            <rect x={labelWidth} y={y + 4} width={w} height={rowHeight - 10} fill="var(--color-accent)" />
            <text x={labelWidth + barWidth + 6} y={y + 16} fontSize="12" fill="currentColor">
              {percentText(b.share)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Kept as a name for the analytics tables; the format itself is the one in lib/score. */
export const percent = percentText;

export function decimal(x: number | null): string {
  return x === null ? '—' : x.toFixed(2);
}
