import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/lib/auth/session';
import { listStudentClasses } from '@/lib/dal/classes';
import { countDueReviews } from '@/lib/dal/review';
import { listStudentAssignments } from '@/lib/dal/assignments';
import { StudentAssignments } from '@/components/classes/student-assignments';
import { SingleFieldForm } from '@/components/ui/single-field-form';
import { ModuleList } from '@/components/module-list';
import { joinClassAction } from './actions';
import { CouncilNow } from './council-now';
import { LiveNow } from './live-now';

export const metadata: Metadata = { title: 'My work' };

export default async function StudentHome() {
  const user = await requireUser('/student');
  const [enrollments, dueReviews, assignments] = await Promise.all([
    listStudentClasses(user),
    countDueReviews(user),
    listStudentAssignments(user),
  ]);
  return (
    <div className="space-y-10">
      <section aria-labelledby="welcome">
        <h1 id="welcome" className="text-3xl font-semibold">
          Hello, {user.displayName}
        </h1>
        {dueReviews === 0 ? (
          <p className="mt-2 text-ink-soft">Nothing is due for review today.</p>
        ) : (
          <p className="mt-3">
            {/* Today's capped queue, so the count goes down as items are reviewed. */}
            <Link href="/review" className="btn">
              Review {dueReviews} {dueReviews === 1 ? 'item' : 'items'} · about{' '}
              {Math.max(1, Math.round(dueReviews / 2))} min
            </Link>
          </p>
        )}
      </section>

      <LiveNow student={user} />
      <CouncilNow student={user} />

      {enrollments.length > 0 ? (
        <section aria-labelledby="assignments" className="space-y-4">
          <h2 id="assignments" className="text-2xl font-semibold">
            My assignments
          </h2>
          <StudentAssignments assignments={assignments} />
        </section>
      ) : null}

      <section aria-labelledby="classes" className="space-y-4">
        <h2 id="classes" className="text-2xl font-semibold">
          My classes
        </h2>
        {enrollments.length === 0 ? (
          <p>You are not in a class yet — ask your teacher for a join code and type it below.</p>
        ) : (
          <ul className="list-disc pl-6">
            {enrollments.map(({ class: c }) => (
              <li key={c.id}>
                <strong>{c.name}</strong> — taught by {c.teacher.displayName}
              </li>
            ))}
          </ul>
        )}
        <SingleFieldForm
          action={joinClassAction}
          name="code"
          label="Join a class"
          hint="Codes look like ABCD-2345."
          submitLabel="Join class"
        />
      </section>

      <section aria-labelledby="modules" className="space-y-4">
        <h2 id="modules" className="text-2xl font-semibold">
          Modules
        </h2>
        <ModuleList headingLevel={3} />
      </section>
    </div>
  );
}
