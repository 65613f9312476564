import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/lib/auth/session';
import { percentText } from '@/lib/score/format';
import { getProgress, type TProgress } from '@/lib/dal/mastery';
import { MasteryLevelChart } from '@/components/charts/mastery-level-chart';
import { MASTERY_LEVEL_TEXT } from '@/lib/mastery/mastery-rule';
import { DataTable } from '@/components/ui/data-table';

export const metadata: Metadata = { title: 'My progress' };

const pct = percentText;

function NextStep({ next }: { next: TProgress['next'] }) {
  if (!next) return <p>Every topic is mastered. Keep up your reviews so it stays that way.</p>;
  const moduleLink = next.moduleSlug ? `/modules/${next.moduleSlug}` : '/modules';
  if (next.action === 'review')
    return (
      <p>
        You are proficient in <strong>{next.title}</strong>. Mastery shows over time: come back on another day
        and do your{' '}
        <Link href="/review" className="link">
          review
        </Link>
        .
      </p>
    );
  if (next.action === 'take-quiz')
    return (
      <p>
        Take the quiz on <strong>{next.title}</strong> again:{' '}
        <Link href={`${moduleLink}/quiz`} className="link">
          {next.moduleTitle ?? 'start the quiz'}
        </Link>
        .
      </p>
    );
  return (
    <p>
      Read the briefing for <strong>{next.title}</strong> first:{' '}
      <Link href={moduleLink} className="link">
        {next.moduleTitle ?? 'open the modules'}
      </Link>
      .
    </p>
  );
}

export default async function ProgressPage() {
  const student = await requireUser('/progress');
  const progress = await getProgress(student);
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-semibold">My progress</h1>
      <section aria-labelledby="next-heading" className="card">
        <h2 id="next-heading" className="mb-2 text-xl font-semibold">
          What to do next
        </h2>
        <NextStep next={progress.next} />
      </section>
      <section aria-labelledby="chart-heading" className="space-y-4">
        <h2 id="chart-heading" className="text-2xl font-semibold">
          Mastery by topic
        </h2>
        <p className="text-sm text-ink-soft">
          Levels: Not started, Attempted, Familiar, Proficient, Mastered. Mastered needs strong, recent
          answers on several questions, over at least two attempts on two different days.
        </p>
        <MasteryLevelChart bars={progress.topics} />
        <DataTable
          caption="Mastery by topic as a table"
          showCaption
          rows={progress.topics}
          rowKey={(t) => t.topic}
          columns={[
            { header: 'Topic', cell: (t) => t.title },
            { header: 'Level', cell: (t) => MASTERY_LEVEL_TEXT[t.level] },
            { header: 'Weighted score', cell: (t) => (t.responses === 0 ? '—' : pct(t.weightedScore)) },
            {
              header: 'Answers',
              cell: (t) =>
                `${t.responses} on ${t.distinctQuestions} ${t.distinctQuestions === 1 ? 'question' : 'questions'}`,
            },
          ]}
        />
      </section>
      <p>
        <Link href="/attempts" className="link">
          See all your quiz attempts
        </Link>
      </p>
    </div>
  );
}
