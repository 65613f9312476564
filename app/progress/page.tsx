import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/lib/auth/session';
import { percentText } from '@/lib/score/format';
import { getProgress, type TProgress } from '@/lib/dal/mastery';
import { LEVEL_TEXT, MasteryChart } from '@/components/charts/mastery-chart';

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
        <p className="text-sm text-[var(--color-ink-soft)]">
          Levels: Not started, Attempted, Familiar, Proficient, Mastered. Mastered needs strong, recent
          answers on several questions, over at least two attempts on two different days.
        </p>
        <MasteryChart bars={progress.topics} />
        <div className="overflow-x-auto">
          <table className="cards-on-phone w-full border-collapse text-left">
            <caption className="mb-2 text-left font-semibold">Mastery by topic as a table</caption>
            <thead>
              <tr className="border-b border-[var(--color-line)]">
                <th scope="col" className="py-2 pr-4">
                  Topic
                </th>
                <th scope="col" className="py-2 pr-4">
                  Level
                </th>
                <th scope="col" className="py-2 pr-4">
                  Weighted score
                </th>
                <th scope="col" className="py-2">
                  Answers
                </th>
              </tr>
            </thead>
            <tbody>
              {progress.topics.map((t) => (
                <tr key={t.topic} className="border-b border-[var(--color-line)]">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    {t.title}
                  </th>
                  <td data-label="Level" className="py-2 pr-4">
                    {LEVEL_TEXT[t.level]}
                  </td>
                  <td data-label="Weighted score" className="py-2 pr-4">
                    {t.responses === 0 ? '—' : pct(t.weightedScore)}
                  </td>
                  <td data-label="Answers" className="py-2">
                    {t.responses} on {t.distinctQuestions}{' '}
                    {t.distinctQuestions === 1 ? 'question' : 'questions'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <p>
        <Link href="/attempts" className="link">
          See all your quiz attempts
        </Link>
      </p>
    </div>
  );
}
