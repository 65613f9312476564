import {
  MASTERY_LEVELS,
  MASTERY_LEVEL_TEXT as LEVEL_TEXT,
  type TMasteryLevel,
} from '@/lib/mastery/mastery-rule';

type TBar = { topic: string; title: string; level: TMasteryLevel };

const ROW = 52;
const BAR = 18;
const WIDTH = 640;

/**
 * Mastery per topic as horizontal bars: length = level (five steps), the level written above every
 * bar so nothing depends on colour or on reading the length. Scales to any width via viewBox; the
 * table beside it (MasteryTable) is the text alternative. A class's distribution: MasteryDistributionChart.
 */
export function MasteryLevelChart({ bars }: { bars: TBar[] }) {
  const steps = MASTERY_LEVELS.length - 1;
  const height = bars.length * ROW + 24;
  const scale = (WIDTH - 8) / steps;
  const summary = bars.map((b) => `${b.title}: ${LEVEL_TEXT[b.level]}`).join('; ');
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      className="w-full"
      role="img"
      aria-label={`Mastery by topic. ${summary}.`}
    >
      {Array.from({ length: steps + 1 }, (_, i) => (
        <line
          key={i}
          x1={4 + i * scale}
          x2={4 + i * scale}
          y1={0}
          y2={height - 20}
          stroke="var(--color-line)"
          strokeDasharray="3 3"
        />
      ))}
      {bars.map((b, i) => {
        const level = MASTERY_LEVELS.indexOf(b.level);
        const y = i * ROW + 4;
        return (
          <g key={b.topic}>
            {/* Label above the bar, never on it, so its contrast does not depend on the bar's fill. */}
            <text x={4} y={y + 14} fill="var(--color-ink)" fontSize="15">
              {b.title} — {LEVEL_TEXT[b.level]}
            </text>
            <rect
              x={4}
              y={y + 22}
              width={Math.max(4, level * scale)}
              height={BAR}
              rx={4}
              fill="var(--color-accent)"
            />
          </g>
        );
      })}
      {MASTERY_LEVELS.map((l, i) => (
        <text
          key={l}
          x={4 + i * scale}
          y={height - 4}
          fontSize="11"
          fill="var(--color-ink-soft)"
          textAnchor={i === 0 ? 'start' : i === steps ? 'end' : 'middle'}
        >
          {LEVEL_TEXT[l]}
        </text>
      ))}
    </svg>
  );
}
