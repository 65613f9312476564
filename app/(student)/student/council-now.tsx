import Link from 'next/link';
import { listCurrentCouncilsForStudent } from '@/lib/dal/council';
import type { SessionUser } from '@/lib/dal/users';

/** On the student's home: "take your seat" for a council sitting in their classes, then its debrief. */
export async function CouncilNow({ student }: { student: SessionUser }) {
  const councils = await listCurrentCouncilsForStudent(student);
  if (councils.length === 0) return null;
  return (
    <section aria-labelledby="council-now" className="card space-y-3 border-4 border-accent">
      <h2 id="council-now" className="text-2xl font-semibold">
        The Council
      </h2>
      <ul className="space-y-2">
        {councils.map((c) => (
          <li key={c.id}>
            <Link href={`/student/council/${c.id}`} className="btn">
              {c.status === 'OPEN' ? 'Take your seat' : 'Debrief and reflection'} ({c.class.name})
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
