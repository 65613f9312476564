import type { TLiveScenarioReport } from '@/lib/live/scenario-view-types';
import { DataTable } from '@/components/ui/data-table';
import type { TScenarioStudentReport } from '@/lib/live/scenario-report';
import { lessonStatusText } from '@/lib/live/idle';
import { LiveReportHeader } from './live-report-header';

/**
 * The live scenario lesson's report: each decision with the class's vote, the choice taken and any
 * reason; each student's votes; and the same as CSV.
 */
export function ScenarioReport({ report, sessionId }: { report: TLiveScenarioReport; sessionId: string }) {
  return (
    <div className="space-y-8">
      <LiveReportHeader
        classId={report.classId}
        sessionId={sessionId}
        title={report.title}
        startedAt={report.startedAt}
      >
        {report.decisions.length} decisions ·{' '}
        {report.endingTitle ? `ending: ${report.endingTitle}` : 'no ending reached'} ·{' '}
        {lessonStatusText(report)}
      </LiveReportHeader>
      <section aria-labelledby="by-decision" className="space-y-3">
        <h2 id="by-decision" className="text-2xl font-semibold">
          By decision
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-4">
                  Decision
                </th>
                <th scope="col" className="py-2 pr-4">
                  The class’s vote
                </th>
                <th scope="col" className="py-2 pr-4">
                  Taken
                </th>
                <th scope="col" className="py-2">
                  Teacher’s reason
                </th>
              </tr>
            </thead>
            <tbody>
              {report.decisions.map((d) => (
                <tr key={d.step} className="border-b border-line align-top">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    {d.nodeTitle}
                  </th>
                  <td className="py-2 pr-4">
                    <ul>
                      {d.votes.map((b) => (
                        <li key={b.id}>
                          {b.label}: {b.count}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="py-2 pr-4">
                    {d.chosen}
                    {d.followedVote ? '' : ' (against the vote)'}
                  </td>
                  <td className="py-2">{d.reason ?? '—'}</td>
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
        {report.students.length === 0 ? (
          <p>Nobody voted in this lesson.</p>
        ) : (
          <DataTable
            caption="Each student’s vote on each decision"
            columns={[
              { header: 'Student', cell: (s) => s.name },
              ...report.decisions.map((d, i) => ({
                header: `${i + 1}. ${d.nodeTitle}`,
                cell: (s: TScenarioStudentReport) => s.votes[i] ?? '—',
              })),
            ]}
            rows={report.students}
            rowKey={(s) => s.studentId}
          />
        )}
      </section>
    </div>
  );
}
