import type { TQuizAnalyticsView } from '@/lib/analytics/class-analytics-view';
import { percent, ShareBars } from './share-bars';
import { AdvancedItemStats } from './advanced-item-stats';

type Quiz = TQuizAnalyticsView;

/** Flags in a teacher's words, following common classroom-test rules of thumb. */
function flag(facility: number | null, discrimination: number | null): string | null {
  if (facility !== null && facility < 0.3) return 'most missed: most pupils got it wrong';
  if (discrimination !== null && discrimination < 0)
    return 'check the wording: pupils who did well overall often got this one wrong';
  if (facility !== null && facility > 0.9) return 'easy: nearly everyone got it right';
  return null;
}

/**
 * Per question: % correct and the answers chosen (with the misconception each wrong one reveals),
 * in plain words. Discrimination and the upper–lower index sit one click away, under "Advanced
 * statistics", for those who want them.
 */
export function ItemTable({
  quiz,
  misconceptionLabel,
}: {
  quiz: Quiz;
  misconceptionLabel: (id: string) => string;
}) {
  if (quiz.attemptCount === 0) return <p>No submitted attempts yet.</p>;
  const prompt = (id: string) => quiz.prompts[id] ?? id;
  return (
    <div className="space-y-4">
      <p className="text-sm text-ink-soft">
        From {quiz.attemptCount}{' '}
        {quiz.attemptCount === 1 ? 'pupil’s first attempt' : 'pupils’ first attempts'}. “% correct” is the
        average mark on the question.
      </p>
      <ShareBars
        bars={quiz.items.map((it, i) => ({
          label: `Q${i + 1} ${prompt(it.questionId)}`,
          share: it.facility ?? 0,
        }))}
      />
      <div className="relative overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">How the class answered each question of {quiz.title}</caption>
          <thead>
            <tr className="border-b border-line">
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
                % correct
              </th>
              <th scope="col" className="py-1">
                Answers chosen (misconception behind a wrong one)
              </th>
            </tr>
          </thead>
          <tbody>
            {quiz.items.map((it, i) => {
              const note = flag(it.facility, it.pointBiserial);
              return (
                <tr key={it.questionId} className="border-b border-line align-top">
                  <td className="py-1 pr-3">Q{i + 1}</td>
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {prompt(it.questionId)}
                    {note ? (
                      <span className="block font-medium">
                        <span aria-hidden="true">⚑ </span>
                        {note}
                      </span>
                    ) : null}
                  </th>
                  <td className="py-1 pr-3">{it.responseCount}</td>
                  <td className="py-1 pr-3">{percent(it.facility)}</td>
                  <td className="py-1">
                    {it.options.length === 0 ? (
                      '—'
                    ) : (
                      <ul>
                        {it.options.map((o) => (
                          <li key={o.optionId}>
                            {o.correct ? <span aria-label="correct answer">✓ </span> : ''}
                            {quiz.optionTexts[it.questionId]?.[o.optionId] ?? o.optionId}: {o.count} (
                            {percent(o.share)})
                            {o.misconceptionIds.length > 0 ? (
                              <span className="text-ink-soft">
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
      <AdvancedItemStats quiz={quiz} prompt={prompt} />
    </div>
  );
}
