import type { TTopicScore } from '@/lib/quiz/attempt-score';
import { scoreText } from '@/lib/score/format';

/** Score per topic as a table: each row is readable on its own, by eye or by screen reader. */
export function TopicBreakdown({
  topics,
  titles,
}: {
  topics: TTopicScore[];
  titles: Record<string, string>;
}) {
  return (
    <section aria-labelledby="topics-heading" className="space-y-2">
      <h2 id="topics-heading" className="text-2xl font-semibold">
        By topic
      </h2>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b border-[var(--color-line)]">
              <th scope="col" className="py-2 pr-4">
                Topic
              </th>
              <th scope="col" className="py-2 pr-4">
                Answered
              </th>
              <th scope="col" className="py-2">
                Score
              </th>
            </tr>
          </thead>
          <tbody>
            {topics.map((t) => (
              <tr key={t.topic} className="border-b border-[var(--color-line)]">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {titles[t.topic] ?? t.topic}
                </th>
                <td className="py-2 pr-4">
                  {t.answered} of {t.max}
                </td>
                <td className="py-2">{scoreText(t.score, t.max)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
