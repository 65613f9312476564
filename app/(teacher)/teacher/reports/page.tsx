import { requireTeacher } from '@/lib/auth/session';
import { formatAsOf } from '@/lib/content/as-of';
import { listReportedItems } from '@/lib/dal/content-reports';
import { KIND_TEXT, REASON_TEXT } from '@/lib/reports/report-rules';
import { LocalTime } from '@/components/ui/local-time';
import { teacherPageTitle } from '@/app/(teacher)/teacher-title';

export const generateMetadata = teacherPageTitle('Content reports');

/** Reports readers filed on questions, briefing paragraphs and scenario steps, with each item's text and sources. */
export default async function ContentReportsPage() {
  const teacher = await requireTeacher('/teacher/reports');
  const items = await listReportedItems(teacher);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold">Content reports</h1>
        <p className="prose-width text-ink-soft">
          What readers flagged as wrong, unclear or one-sided, newest first. Reporters are not named. Check
          each item against its sources before changing it.
        </p>
        <p>
          <a className="link" href="/api/reports/export" download>
            Download all reports (CSV)
          </a>
        </p>
      </header>
      {items.length === 0 ? (
        <p>No reports yet.</p>
      ) : (
        <ul className="space-y-6" aria-label="Reported items">
          {items.map(({ item, reports }) => (
            <li key={`${item.kind} ${item.ref}`} className="card space-y-3">
              <h2 className="text-xl font-semibold">
                {KIND_TEXT[item.kind]} <span className="font-mono text-base">{item.ref}</span>
              </h2>
              <p className="text-sm text-ink-soft">{item.context}</p>
              <blockquote className="prose-width border-l-4 border-line pl-3">{item.text}</blockquote>
              <div>
                <h3 className="font-semibold">Sources</h3>
                {item.sources.length === 0 ? (
                  <p className="text-sm">No sources cited here.</p>
                ) : (
                  <ul className="list-disc pl-6 text-sm">
                    {item.sources.map((s) => (
                      <li key={s.ref}>
                        <cite className="not-italic font-medium">{s.title}</cite> ({formatAsOf(s.date)})
                        {s.summary ? ` — ${s.summary}` : ''}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
              <div>
                <h3 className="font-semibold">
                  {reports.length} report{reports.length === 1 ? '' : 's'}
                </h3>
                <ul className="space-y-2">
                  {reports.map((r, i) => (
                    <li key={i} className="border-t border-line pt-2">
                      <p>
                        <span className="font-medium">{REASON_TEXT[r.reason]}</span> · from a {r.reporterRole}{' '}
                        · <LocalTime value={r.reportedAt} form="day-time" />
                      </p>
                      <p>{r.comment}</p>
                      {r.sawText ? (
                        <p className="text-sm text-ink-soft">Text when reported: {r.sawText}</p>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
