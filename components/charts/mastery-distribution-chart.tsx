import type { TopicMasteryDistribution } from '@/lib/analytics/mastery-distribution';
import { MASTERY_LEVELS, MASTERY_LEVEL_TEXT, type TMasteryLevel } from '@/lib/mastery/mastery-rule';

/** Lighter to darker with the level, plus a pattern-free legend in words and the table below. */
const LEVEL_OPACITY: Record<TMasteryLevel, number> = {
  'not-started': 0.08,
  attempted: 0.25,
  familiar: 0.45,
  proficient: 0.7,
  mastered: 1,
};

/**
 * A class's mastery: one stacked bar per topic (share of students at each level; SVG, hidden from
 * assistive tech) followed by the same data as a table. One student's levels: MasteryLevelChart.
 */
export function MasteryDistributionChart({
  distribution,
  titles,
}: {
  distribution: readonly TopicMasteryDistribution[];
  titles: Record<string, string>;
}) {
  const width = 520;
  const labelWidth = 200;
  const barWidth = width - labelWidth - 8;
  const rowHeight = 28;
  return (
    <div className="space-y-3">
      <svg
        aria-hidden="true"
        focusable="false"
        width={width}
        height={distribution.length * rowHeight}
        className="max-w-full"
        viewBox={`0 0 ${width} ${distribution.length * rowHeight}`}
      >
        {distribution.map((topic, i) => {
          let x = labelWidth;
          return (
            <g key={topic.topic}>
              <text
                x={labelWidth - 6}
                y={i * rowHeight + 18}
                textAnchor="end"
                fontSize="12"
                fill="currentColor"
              >
                {(titles[topic.topic] ?? topic.topic).slice(0, 30)}
              </text>
              {topic.levels.map((l) => {
                const w = l.share * barWidth;
                const rect = (
                  <rect
                    key={l.level}
                    x={x}
                    y={i * rowHeight + 4}
                    width={w}
                    height={rowHeight - 10}
                    fill="var(--color-accent)"
                    fillOpacity={LEVEL_OPACITY[l.level]}
                    stroke="var(--color-paper)"
                  />
                );
                x += w;
                return rect;
              })}
            </g>
          );
        })}
      </svg>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="text-left font-medium">
          Students at each mastery level, by topic (lighter to darker bars: not started to mastered)
        </caption>
        <thead>
          <tr className="border-b border-[var(--color-line)]">
            <th scope="col" className="py-1 pr-3">
              Topic
            </th>
            {MASTERY_LEVELS.map((l) => (
              <th key={l} scope="col" className="py-1 pr-3">
                {MASTERY_LEVEL_TEXT[l]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {distribution.map((topic) => (
            <tr key={topic.topic} className="border-b border-[var(--color-line)]">
              <th scope="row" className="py-1 pr-3 font-normal">
                {titles[topic.topic] ?? topic.topic}
              </th>
              {topic.levels.map((l) => (
                <td key={l.level} className="py-1 pr-3">
                  {l.count}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
