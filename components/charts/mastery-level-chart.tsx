import {
  MASTERY_LEVELS,
  MASTERY_LEVEL_TEXT as LEVEL_TEXT,
  type TMasteryLevel,
} from '@/lib/mastery/mastery-rule';

type TBar = { topic: string; title: string; level: TMasteryLevel };

/**
 * Mastery per topic as horizontal bars: length = level (five steps), the level written above every
 * bar so nothing depends on colour or on reading the length. Drawn in HTML, not SVG, so the text
 * keeps its size on a narrow screen and wraps instead of shrinking (review L2). The table beside it
 * (MasteryTable) is the text alternative. A class's distribution: MasteryDistributionChart.
 */
export function MasteryLevelChart({ bars }: { bars: TBar[] }) {
  const steps = MASTERY_LEVELS.length - 1;
  const summary = bars.map((b) => `${b.title}: ${LEVEL_TEXT[b.level]}`).join('; ');
  return (
    <div role="img" aria-label={`Mastery by topic. ${summary}.`} className="space-y-3">
      {bars.map((b) => {
        const share = (MASTERY_LEVELS.indexOf(b.level) / steps) * 100;
        return (
          <div key={b.topic}>
            {/* Label above the bar, never on it, so its contrast does not depend on the bar's fill. */}
            <p className="text-[15px]" data-chart-label>
              {b.title} — {LEVEL_TEXT[b.level]}
            </p>
            <div className="mt-1 h-[18px] w-full rounded border border-control-line">
              <div
                className="h-full rounded-sm bg-accent"
                style={{ width: share === 0 ? '4px' : `${share}%` }}
              />
            </div>
          </div>
        );
      })}
      <p className="text-xs text-ink-soft" data-chart-label>
        An empty bar is {LEVEL_TEXT['not-started']}; a full bar is {LEVEL_TEXT.mastered}.
      </p>
    </div>
  );
}
