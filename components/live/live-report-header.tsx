import Link from 'next/link';
import type { ReactNode } from 'react';
import { LocalTime } from '@/components/ui/local-time';

type Props = {
  classId: string;
  sessionId: string;
  title: string;
  startedAt: Date;
  /** What the lesson covered ("6 students", "8 decisions · ending: …") and how it ended. */
  children: ReactNode;
};

/** The top of a live lesson's report, quiz or scenario: back to the class, title, date, the CSV. */
export function LiveReportHeader({ classId, sessionId, title, startedAt, children }: Props) {
  return (
    <div className="space-y-2">
      <p className="text-sm">
        <Link href={`/teacher/classes/${classId}/live`} className="link">
          ← Live lessons of this class
        </Link>
      </p>
      <h1 className="text-3xl font-semibold">Live lesson report: {title}</h1>
      <p>
        <LocalTime value={startedAt} form="day-time" /> · {children}
      </p>
      <a href={`/api/live/${sessionId}/csv`} className="btn-quiet" download>
        Download CSV
      </a>
    </div>
  );
}
