import Link from 'next/link';
import { getModule } from '@/lib/content/load';
import { getScenario } from '@/lib/scenario';
import { listJoinableLiveSessions } from '@/lib/dal/live-answers';
import type { SessionUser } from '@/lib/dal/users';

/** "Live now — join" on the student's home: one tap into a lesson running in one of their classes. */
export async function LiveNow({ student }: { student: SessionUser }) {
  const sessions = await listJoinableLiveSessions(student);
  if (sessions.length === 0) return null;
  return (
    <section aria-labelledby="live-now" className="card space-y-3 border-4 border-accent">
      <h2 id="live-now" className="text-2xl font-semibold">
        Live now
      </h2>
      <ul className="space-y-2">
        {sessions.map((s) => (
          <li key={s.id}>
            <Link href={`/student/live/${s.id}`} className="btn">
              Join:{' '}
              {getModule(s.contentSlug)?.title ?? getScenario(s.contentSlug)?.scenario.title ?? s.contentSlug}{' '}
              ({s.className})
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
