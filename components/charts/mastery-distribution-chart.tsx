import type { TopicMasteryDistribution } from '@/lib/analytics/mastery-distribution';
import { MASTERY_LEVELS, MASTERY_LEVEL_TEXT, type TMasteryLevel } from '@/lib/mastery/mastery-rule';

/**
 * Faint to strong with the level. Every shade is at least 3:1 against the page and the card in both
 * schemes (tokens in globals.css), and a gap of page colour divides neighbouring segments, whose
 * shades are close to each other (review L2).
 */
const LEVEL_COLOUR: Record<TMasteryLevel, string> = {
  'not-started': 'var(--color-level-0)',
  attempted: 'var(--color-level-1)',
  familiar: 'var(--color-level-2)',
  proficient: 'var(--color-level-3)',
  mastered: 'var(--color-level-4)',
};

/**
 * A class's mastery: one stacked bar per topic (share of students at each level; hidden from
 * assistive tech) followed by the same data as a table. Drawn in HTML so labels keep their size at
 * 320 px; a long topic name ends in an ellipsis with the full name as its title. One student's
 * levels: MasteryLevelChart.
 */
export function MasteryDistributionChart({
  distribution,
  titles,
}: {
  distribution: readonly TopicMasteryDistribution[];
  titles: Record<string, string>;
}) {
  return (
    <div className="space-y-3">
      <div aria-hidden="true" className="space-y-2" data-testid="mastery-distribution-bars">
        <p className="flex flex-wrap gap-x-3 gap-y-1 text-xs">
          {MASTERY_LEVELS.map((l) => (
            <span key={l} className="inline-flex items-center gap-1">
              <span className="inline-block h-3 w-3" style={{ background: LEVEL_COLOUR[l] }} />
              {MASTERY_LEVEL_TEXT[l]}
            </span>
          ))}
        </p>
        {distribution.map((topic) => {
          const title = titles[topic.topic] ?? topic.topic;
          return (
            <div key={topic.topic} className="grid gap-x-3 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)]">
              <p className="truncate text-xs sm:text-right" title={title} data-chart-label>
                {title}
              </p>
              <div className="flex h-[18px] gap-0.5" data-testid="mastery-segments">
                {topic.levels
                  .filter((l) => l.share > 0)
                  .map((l) => (
                    <div
                      key={l.level}
                      data-level={l.level}
                      className="h-full"
                      style={{ flexGrow: l.share, flexBasis: 0, background: LEVEL_COLOUR[l.level] }}
                    />
                  ))}
              </div>
            </div>
          );
        })}
      </div>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="text-left font-medium">
          Students at each mastery level, by topic (bars run from the faintest shade, not started, to the
          strongest, mastered)
        </caption>
        <thead>
          <tr className="border-b border-line">
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
            <tr key={topic.topic} className="border-b border-line">
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
