import Link from 'next/link';
import { notFound } from 'next/navigation';
import { heatmapPage } from '@/lib/analytics/heatmap-page';
import { requireTeacher } from '@/lib/auth/session';
import { CONFIDENT_WRONG_WEIGHT, loadClassAnalytics } from '@/lib/dal/analytics';
import { ClassNav } from '@/components/teacher/class-nav';
import { MasteryDistributionChart } from '@/components/charts/mastery-distribution-chart';
import { ItemTable } from '@/components/teacher/item-table';
import { MisconceptionHeatmap } from '@/components/teacher/misconception-heatmap';
import { ScenarioStats } from '@/components/teacher/scenario-stats';
import { classTitle } from '../class-title';

export const generateMetadata = classTitle('Class analytics');

type Props = { params: Promise<{ classId: string }>; searchParams: Promise<{ pupils?: string }> };

const ADDRESS_FIRST = 5;
/** Pupils per page of the heatmap: enough for most classes, narrow enough for a laptop screen. */
const HEATMAP_PUPILS = 15;

export default async function AnalyticsPage({ params, searchParams }: Props) {
  const { classId } = await params;
  const pupilsPage = Number((await searchParams).pupils ?? '1') - 1;
  const teacher = await requireTeacher(`/teacher/classes/${classId}/analytics`);
  const data = await loadClassAnalytics(teacher, classId);
  if (!data) notFound();
  const statement = (id: string) => data.misconceptionText[id]?.statement ?? id;
  const names = Object.fromEntries(data.students.map((s) => [s.studentId, s.displayName]));
  const heatmap = heatmapPage(data.heatmaps.byStudent, pupilsPage, HEATMAP_PUPILS);
  const here = `/teacher/classes/${classId}/analytics`;
  return (
    <div className="space-y-12">
      <ClassNav classId={classId} className={data.className} current="Analytics" />
      <p className="prose-width text-ink-soft">
        Results use each pupil’s first submitted attempt on each assignment, because later attempts are shaped
        by the feedback on earlier ones. Open a section to see it.
      </p>

      <section aria-labelledby="address" className="space-y-3">
        <h2 id="address" className="text-2xl font-semibold">
          Address before next lesson
        </h2>
        <p className="prose-width text-sm text-ink-soft">
          Mistaken ideas behind wrong answers, the most widespread first. A pupil who chose the wrong answer
          while saying they were sure counts {CONFIDENT_WRONG_WEIGHT}×: that is a held belief, not a guess.
        </p>
        {data.misconceptions.length === 0 ? (
          <p>No misconceptions revealed yet.</p>
        ) : (
          <ol className="space-y-3">
            {data.misconceptions.slice(0, ADDRESS_FIRST).map((m, i) => (
              <li key={m.misconceptionId} className="card">
                <p className="font-semibold">
                  {i + 1}. “{statement(m.misconceptionId)}”
                </p>
                <p>
                  {m.studentCount} {m.studentCount === 1 ? 'student' : 'students'} (
                  {m.confidentWrongStudentCount} while sure), {m.occurrences}{' '}
                  {m.occurrences === 1 ? 'answer' : 'answers'} in {m.questionIds.length}{' '}
                  {m.questionIds.length === 1 ? 'question' : 'questions'}.
                </p>
                {data.misconceptionText[m.misconceptionId] ? (
                  <p className="mt-1 text-sm">
                    <span className="font-medium">What to teach: </span>
                    {data.misconceptionText[m.misconceptionId]?.correction}
                  </p>
                ) : null}
                <p className="mt-1 text-sm text-ink-soft">
                  Students: {m.studentIds.map((id) => names[id] ?? id).join(', ')}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>

      {heatmap.heatmap.rowIds.length > 0 ? (
        <section aria-labelledby="heatmap" className="space-y-3">
          <h2 id="heatmap" className="text-2xl font-semibold">
            Mistaken ideas by pupil
          </h2>
          <details>
            <summary className="cursor-pointer font-medium">
              Show which pupils hold which mistaken ideas ({heatmap.heatmap.rowIds.length} ideas,{' '}
              {heatmap.total} pupils)
            </summary>
            <div className="mt-3 space-y-3">
              <MisconceptionHeatmap
                heatmap={heatmap.heatmap}
                rowLabel={statement}
                columnLabel={(id) => names[id] ?? id}
              />
              {heatmap.pageCount > 1 ? (
                <nav aria-label="Pages of pupils" className="flex flex-wrap items-center gap-3">
                  <span>
                    Pupils {heatmap.first}–{heatmap.last} of {heatmap.total}
                  </span>
                  {heatmap.page > 0 ? (
                    <Link href={`${here}?pupils=${heatmap.page}#heatmap`} className="btn-quiet">
                      Previous pupils
                    </Link>
                  ) : null}
                  {heatmap.page < heatmap.pageCount - 1 ? (
                    <Link href={`${here}?pupils=${heatmap.page + 2}#heatmap`} className="btn-quiet">
                      Next pupils
                    </Link>
                  ) : null}
                </nav>
              ) : null}
            </div>
          </details>
        </section>
      ) : null}

      <section aria-labelledby="mastery" className="space-y-3">
        <h2 id="mastery" className="text-2xl font-semibold">
          Mastery by topic
        </h2>
        <details>
          <summary className="cursor-pointer font-medium">Show how secure the class is on each topic</summary>
          <div className="relative mt-3 overflow-x-auto">
            <MasteryDistributionChart
              distribution={data.mastery}
              titles={Object.fromEntries(data.topics.map((t) => [t.id, t.title]))}
            />
          </div>
        </details>
      </section>

      {data.items.map((quiz) => (
        <section key={quiz.assignmentId} aria-labelledby={`quiz-${quiz.assignmentId}`} className="space-y-3">
          <h2 id={`quiz-${quiz.assignmentId}`} className="text-2xl font-semibold">
            Questions: {quiz.title}
          </h2>
          <details>
            <summary className="cursor-pointer font-medium">
              Show % correct and the answers chosen for each question
            </summary>
            <div className="mt-3">
              <ItemTable quiz={quiz} misconceptionLabel={statement} />
            </div>
          </details>
        </section>
      ))}

      {data.scenarios.map((s) => (
        <section key={s.assignmentId} aria-labelledby={`scenario-${s.assignmentId}`} className="space-y-3">
          <h2 id={`scenario-${s.assignmentId}`} className="text-2xl font-semibold">
            Scenario: {s.title}
          </h2>
          <details>
            <summary className="cursor-pointer font-medium">
              Show the endings reached and the choices made
            </summary>
            <div className="mt-3">
              <ScenarioStats scenario={s} />
            </div>
          </details>
        </section>
      ))}
    </div>
  );
}
