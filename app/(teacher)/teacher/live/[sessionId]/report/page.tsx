import { notFound } from 'next/navigation';
import { requireTeacher } from '@/lib/auth/session';
import { getLiveReport } from '@/lib/dal/live-report';
import { getLiveScenarioReport } from '@/lib/dal/live-scenario-report';
import { ScenarioReport } from '@/components/live/scenario-report';
import { teacherPageTitle } from '@/app/(teacher)/teacher-title';
import { lessonStatusText } from '@/lib/live/idle';
import { LiveReportHeader } from '@/components/live/live-report-header';

export const generateMetadata = teacherPageTitle('Live lesson report');

type Props = { params: Promise<{ sessionId: string }> };

const pct = (share: number) => `${Math.round(share * 100)}%`;
const mark = (v: boolean | null) => (v === null ? '—' : v ? '✓ right' : '✗ wrong');

/** Per question: first vote, second vote, shift. Per student: each answer. And the CSV. (A scenario lesson: its decisions.) */
export default async function LiveReportPage({ params }: Props) {
  const { sessionId } = await params;
  const teacher = await requireTeacher(`/teacher/live/${sessionId}/report`);
  const scenario = await getLiveScenarioReport(teacher, sessionId);
  if (scenario) return <ScenarioReport report={scenario} sessionId={sessionId} />;
  const report = await getLiveReport(teacher, sessionId);
  if (!report) notFound();
  return (
    <div className="space-y-10">
      <LiveReportHeader
        classId={report.classId}
        sessionId={sessionId}
        title={report.moduleTitle}
        startedAt={report.startedAt}
      >
        {report.students.length} students · {lessonStatusText(report)}
      </LiveReportHeader>
      <section aria-labelledby="by-question" className="space-y-3">
        <h2 id="by-question" className="text-2xl font-semibold">
          By question
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-4">
                  Question
                </th>
                <th scope="col" className="py-2 pr-4">
                  First vote
                </th>
                <th scope="col" className="py-2 pr-4">
                  Second vote
                </th>
                <th scope="col" className="py-2">
                  Shift
                </th>
              </tr>
            </thead>
            <tbody>
              {report.questions.map((q) => (
                <tr key={q.questionId} className="border-b border-line align-top">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    {q.prompt}
                  </th>
                  <td className="py-2 pr-4">
                    {pct(q.firstShare)} right of {q.firstVotes}
                  </td>
                  <td className="py-2 pr-4">
                    {q.shift ? `${pct(q.shift.secondShare)} right of ${q.secondVotes}` : 'no second vote'}
                  </td>
                  <td className="py-2">
                    {q.shift ? `${q.shift.movedToRight} moved to the right answer` : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="by-student" className="space-y-3">
        <h2 id="by-student" className="text-2xl font-semibold">
          By student
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-4">
                  Student
                </th>
                {report.questions.map((q, i) => (
                  <th key={q.questionId} scope="col" className="py-2 pr-4">
                    Q{i + 1} <span className="sr-only">{q.prompt}</span>
                  </th>
                ))}
                <th scope="col" className="py-2">
                  Right in the end
                </th>
              </tr>
            </thead>
            <tbody>
              {report.students.map((s) => (
                <tr key={s.studentId} className="border-b border-line align-top">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    {s.name}
                  </th>
                  {s.answers.map((a) => (
                    <td key={a.questionId} className="py-2 pr-4">
                      {mark(a.first)}
                      {a.second !== null ? <> → {mark(a.second)}</> : null}
                    </td>
                  ))}
                  <td className="py-2">
                    {s.correctFinal} of {s.answers.length}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
