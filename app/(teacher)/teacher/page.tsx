import Link from 'next/link';
import { requireTeacher } from '@/lib/auth/session';
import { listTeacherClasses } from '@/lib/dal/classes';
import { formatJoinCode } from '@/lib/join-code';
import { SingleFieldForm } from '@/components/ui/single-field-form';
import { createClassAction } from './actions';
import { teacherPageTitle } from '@/app/(teacher)/teacher-title';

export const generateMetadata = teacherPageTitle('Classes');

export default async function TeacherHome() {
  const teacher = await requireTeacher('/teacher');
  const [classes, archived] = await Promise.all([
    listTeacherClasses(teacher),
    listTeacherClasses(teacher, { archived: true }),
  ]);
  return (
    <div className="space-y-10">
      <section aria-labelledby="welcome">
        <h1 id="welcome" className="text-3xl font-semibold">
          Your classes
        </h1>
        <p className="mt-2 text-ink-soft">Signed in as {teacher.displayName}.</p>
        <p className="mt-2">
          <Link href="/teacher/preview" className="link">
            Preview a quiz with its answers, and assign it
          </Link>
        </p>
      </section>

      <section aria-labelledby="class-list">
        <h2 id="class-list" className="sr-only">
          Class list
        </h2>
        {classes.length === 0 ? (
          <p>You have no classes yet. Create one below, then give your students its join code.</p>
        ) : (
          <div className="relative overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">Your classes with their join codes and sizes</caption>
              <thead>
                <tr className="border-b border-line">
                  <th scope="col" className="py-2 pr-4">
                    Class
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Join code
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Students
                  </th>
                  <th scope="col" className="py-2">
                    Assignments
                  </th>
                </tr>
              </thead>
              <tbody>
                {classes.map((c) => (
                  <tr key={c.id} className="border-b border-line">
                    <th scope="row" className="py-2 pr-4 font-medium">
                      <Link href={`/teacher/classes/${c.id}`} className="link">
                        {c.name}
                      </Link>
                    </th>
                    <td className="py-2 pr-4 font-mono">
                      {c.joinCode ? formatJoinCode(c.joinCode) : 'joining off'}
                    </td>
                    <td className="py-2 pr-4">{c._count.enrollments}</td>
                    <td className="py-2">{c._count.assignments}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {archived.length > 0 ? (
        <section aria-labelledby="archived" className="space-y-2">
          <h2 id="archived" className="text-xl font-semibold">
            Archived classes
          </h2>
          <ul className="list-disc pl-6">
            {archived.map((c) => (
              <li key={c.id}>
                <Link href={`/teacher/classes/${c.id}`} className="link">
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="new-class" className="space-y-3">
        <h2 id="new-class" className="text-2xl font-semibold">
          Create a class
        </h2>
        <SingleFieldForm
          action={createClassAction}
          name="name"
          label="Class name"
          submitLabel="Create class"
        />
      </section>
      <p>
        <Link href="/teacher/reports" className="link">
          Content reports
        </Link>{' '}
        — what readers flagged as wrong, unclear or one-sided.
      </p>
    </div>
  );
}
