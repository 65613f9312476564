import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireTeacher } from '@/lib/auth/session';
import { CONFIDENT_WRONG_WEIGHT, loadClassAnalytics } from '@/lib/dal/analytics';
import { ClassNav } from '@/components/teacher/class-nav';
import { MasteryDistributionChart } from '@/components/charts/mastery-distribution-chart';
import { ItemTable } from '@/components/teacher/item-table';
import { MisconceptionHeatmap } from '@/components/teacher/misconception-heatmap';
import { ScenarioStats } from '@/components/teacher/scenario-stats';

export const metadata: Metadata = { title: 'Class analytics' };

type Props = { params: Promise<{ classId: string }> };

const ADDRESS_FIRST = 5;

export default async function AnalyticsPage({ params }: Props) {
  const { classId } = await params;
  const teacher = await requireTeacher(`/teacher/classes/${classId}/analytics`);
  const data = await loadClassAnalytics(teacher, classId);
  if (!data) notFound();
  const statement = (id: string) => data.misconceptionText[id]?.statement ?? id;
  const names = Object.fromEntries(data.students.map((s) => [s.studentId, s.displayName]));
  return (
    <div className="space-y-12">
      <ClassNav classId={classId} className={data.className} current="Analytics" />
      <p className="prose-width text-[var(--color-ink-soft)]">
        Question statistics use each student’s first submitted attempt on each assignment: later attempts are
        shaped by the feedback of earlier ones.
      </p>

      <section aria-labelledby="address" className="space-y-3">
        <h2 id="address" className="text-2xl font-semibold">
          Address before next lesson
        </h2>
        <p className="prose-width text-sm text-[var(--color-ink-soft)]">
          Misconceptions ranked by how many students revealed them, a student who chose the wrong answer while
          saying they were sure counting {CONFIDENT_WRONG_WEIGHT}× (a held belief, not a guess).
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
                <p className="mt-1 text-sm text-[var(--color-ink-soft)]">
                  Students: {m.studentIds.map((id) => names[id] ?? id).join(', ')}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>

      {data.heatmaps.byStudent.rowIds.length > 0 ? (
        <section aria-labelledby="heatmap" className="space-y-3">
          <h2 id="heatmap" className="text-2xl font-semibold">
            Misconceptions by student
          </h2>
          <MisconceptionHeatmap
            heatmap={data.heatmaps.byStudent}
            rowLabel={statement}
            columnLabel={(id) => names[id] ?? id}
          />
        </section>
      ) : null}

      <section aria-labelledby="mastery" className="space-y-3">
        <h2 id="mastery" className="text-2xl font-semibold">
          Mastery by topic
        </h2>
        <MasteryDistributionChart
          distribution={data.mastery}
          titles={Object.fromEntries(data.topics.map((t) => [t.id, t.title]))}
        />
      </section>

      {data.items.map((quiz) => (
        <section key={quiz.assignmentId} aria-labelledby={`quiz-${quiz.assignmentId}`} className="space-y-3">
          <h2 id={`quiz-${quiz.assignmentId}`} className="text-2xl font-semibold">
            Questions: {quiz.title}
          </h2>
          <ItemTable quiz={quiz} misconceptionLabel={statement} />
        </section>
      ))}

      {data.scenarios.map((s) => (
        <section key={s.assignmentId} aria-labelledby={`scenario-${s.assignmentId}`} className="space-y-3">
          <h2 id={`scenario-${s.assignmentId}`} className="text-2xl font-semibold">
            Scenario: {s.title}
          </h2>
          <ScenarioStats scenario={s} />
        </section>
      ))}
    </div>
  );
}
