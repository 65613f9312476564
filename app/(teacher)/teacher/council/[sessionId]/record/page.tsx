import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireTeacher } from '@/lib/auth/session';
import { listCouncilReflections } from '@/lib/dal/council-reflections';
import { getCouncilPresenterView } from '@/lib/dal/council-views';
import { CouncilOutcome } from '@/components/council/council-outcome';
import { CouncilRecord } from '@/components/council/council-record';
import { teacherPageTitle } from '@/app/(teacher)/teacher-title';

export const generateMetadata = teacherPageTitle('The Council — session record');

type Props = { params: Promise<{ sessionId: string }> };

/** The session record: outcome and debrief, every round's drafts, statements and broken silences, the reflections. */
export default async function CouncilRecordPage({ params }: Props) {
  const { sessionId } = await params;
  const teacher = await requireTeacher(`/teacher/council/${sessionId}/record`);
  if (sessionId.length > 64) notFound();
  const [view, reflections] = await Promise.all([
    getCouncilPresenterView(teacher, sessionId),
    listCouncilReflections(teacher, sessionId),
  ]);
  if (!view.ok) notFound();
  const { table } = view.value;
  return (
    <div className="space-y-8">
      <p className="text-sm">
        <Link href={`/teacher/classes/${view.value.classId}/council`} className="link">
          ← The class’s councils
        </Link>
      </p>
      <h1 className="text-3xl font-semibold">{table.title}: session record</h1>
      <p>
        <a href={`/api/teacher/councils/${view.value.sessionId}/csv`} className="btn-quiet" download>
          Download the record (CSV)
        </a>
      </p>
      {table.state.ended ? (
        <CouncilOutcome table={table} headingLevel={2} />
      ) : (
        <p>
          This council is still sitting.{' '}
          <Link href={`/teacher/council/${view.value.sessionId}`} className="link">
            Open the presenter
          </Link>
          .
        </p>
      )}
      <CouncilRecord table={table} />
      <section aria-labelledby="reflections" className="space-y-3">
        <h2 id="reflections" className="text-2xl font-semibold">
          Reflections: what would it have taken for your seat to agree?
        </h2>
        {reflections.length === 0 ? (
          <p>No reflections yet. Students write theirs on their phone once the council ends.</p>
        ) : (
          <ul className="space-y-2">
            {reflections.map((r, i) => (
              <li key={i} className="card">
                <p className="font-semibold">
                  {r.student}, {r.seatName}
                </p>
                <p className="whitespace-pre-wrap">{r.text}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
