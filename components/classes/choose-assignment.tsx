import Link from 'next/link';
import type { StudentAssignment } from '@/lib/assignment/student-assignment';
import { LocalTime } from '@/components/ui/local-time';

/** Several classes set this quiz: the student says which one this attempt is for. */
export function ChooseAssignment({
  title,
  slug,
  open,
}: {
  title: string;
  slug: string;
  open: readonly StudentAssignment[];
}) {
  return (
    <div className="prose-width space-y-4">
      <h1 className="text-2xl font-semibold">{title}: quiz</h1>
      <p>Your teachers have set this quiz more than once. Which is this attempt for?</p>
      <ul className="space-y-3">
        {open.map((a) => (
          <li key={a.id}>
            <Link href={a.href} className="btn">
              For {a.className}
              {a.dueAt ? (
                <>
                  {' '}
                  — due <LocalTime value={a.dueAt} form="day-time" />
                </>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
      <p>
        <Link href={`/modules/${slug}/quiz?practice=own`} className="link">
          Practise on my own instead (it will not count for an assignment)
        </Link>
      </p>
    </div>
  );
}
