import type { TQuizAnalyticsView } from '@/lib/analytics/class-analytics-view';
import { decimal, percent, ShareBars } from './share-bars';

type Quiz = TQuizAnalyticsView;

/** Flags follow common classroom-test rules of thumb. */
function flag(facility: number | null, discrimination: number | null): string | null {
  if (facility !== null && facility < 0.3) return 'hard: most students missed it';
  if (discrimination !== null && discrimination < 0) return 'check: stronger students did worse on it';
  if (facility !== null && facility > 0.9) return 'easy';
  return null;
}

/** Per-question facility, discrimination and distractor choices with their misconception tags. */
export function ItemTable({
  quiz,
  misconceptionLabel,
}: {
  quiz: Quiz;
  misconceptionLabel: (id: string) => string;
}) {
  if (quiz.attemptCount === 0) return <p>No submitted attempts yet.</p>;
  return (
    <div className="space-y-4">
      <p className="text-sm text-[var(--color-ink-soft)]">
        {quiz.attemptCount} first attempts. Facility = mean score on the question (0–100%). Discrimination r =
        correlation of the question score with the score on the rest of the quiz; D = mean score of the top
        27% minus the bottom 27% by rest score. Around 0.2 or more is healthy.
      </p>
      <ShareBars bars={quiz.items.map((it, i) => ({ label: `Q${i + 1}`, share: it.facility ?? 0 }))} />
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Question statistics for {quiz.title}</caption>
          <thead>
            <tr className="border-b border-[var(--color-line)]">
              <th scope="col" className="py-1 pr-3">
                #
              </th>
              <th scope="col" className="py-1 pr-3">
                Question
              </th>
              <th scope="col" className="py-1 pr-3">
                Answers
              </th>
              <th scope="col" className="py-1 pr-3">
                Facility
              </th>
              <th scope="col" className="py-1 pr-3">
                r
              </th>
              <th scope="col" className="py-1 pr-3">
                D
              </th>
              <th scope="col" className="py-1">
                Choices (misconception)
              </th>
            </tr>
          </thead>
          <tbody>
            {quiz.items.map((it, i) => {
              const note = flag(it.facility, it.pointBiserial);
              return (
                <tr key={it.questionId} className="border-b border-[var(--color-line)] align-top">
                  <td className="py-1 pr-3">Q{i + 1}</td>
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {quiz.prompts[it.questionId] ?? it.questionId}
                    {note ? (
                      <span className="block font-medium">
                        <span aria-hidden="true">⚑ </span>
                        {note}
                      </span>
                    ) : null}
                  </th>
                  <td className="py-1 pr-3">{it.responseCount}</td>
                  <td className="py-1 pr-3">{percent(it.facility)}</td>
                  <td className="py-1 pr-3">{decimal(it.pointBiserial)}</td>
                  <td className="py-1 pr-3">{decimal(it.upperLowerIndex)}</td>
                  <td className="py-1">
                    {it.options.length === 0 ? (
                      '—'
                    ) : (
                      <ul>
                        {it.options.map((o) => (
                          <li key={o.optionId}>
                            {o.correct ? '✓ ' : ''}
                            {quiz.optionTexts[it.questionId]?.[o.optionId] ?? o.optionId}: {o.count} (
                            {percent(o.share)})
                            {o.misconceptionIds.length > 0 ? (
                              <span className="text-[var(--color-ink-soft)]">
                                {' '}
                                — {o.misconceptionIds.map(misconceptionLabel).join('; ')}
                              </span>
                            ) : null}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
