import type { TTopicScore } from '@/lib/quiz/attempt-score';
import { scoreText } from '@/lib/score/format';
import { DataTable } from '@/components/ui/data-table';

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
      <DataTable
        caption="Score per topic"
        rows={topics}
        rowKey={(t) => t.topic}
        columns={[
          { header: 'Topic', cell: (t) => titles[t.topic] ?? t.topic },
          { header: 'Answered', cell: (t) => `${t.answered} of ${t.max}` },
          { header: 'Score', cell: (t) => scoreText(t.score, t.max) },
        ]}
      />
    </section>
  );
}
