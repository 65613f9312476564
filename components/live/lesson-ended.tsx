import Link from 'next/link';
import { IDLE_END_TEXT } from '@/lib/live/idle';

/** The projector once a lesson has ended: who ended it (when the server did), what is kept, where next. */
export function LessonEnded({
  sessionId,
  classId,
  endedIdle,
  kept,
}: {
  sessionId: string;
  classId: string;
  endedIdle: boolean;
  /** What the lesson left behind, in a sentence. */
  kept: string;
}) {
  return (
    <div className="space-y-6 text-2xl">
      <h1 className="text-4xl font-bold">The lesson has ended</h1>
      {endedIdle ? <p data-testid="live-ended-idle">{IDLE_END_TEXT}.</p> : null}
      <p>{kept}</p>
      <div className="flex flex-wrap gap-3">
        <Link href={`/teacher/live/${sessionId}/report`} className="btn">
          Open the lesson report
        </Link>
        <Link href={`/teacher/classes/${classId}/live`} className="btn-quiet">
          Back to the class
        </Link>
      </div>
    </div>
  );
}
