import Link from 'next/link';
import { requireTeacher } from '@/lib/auth/session';
import { moduleCatalog } from '@/lib/content/catalog';
import { teacherPageTitle } from '@/app/(teacher)/teacher-title';

export const generateMetadata = teacherPageTitle('Preview quizzes');

/** Every module's quiz, to open with its answer key before assigning it. */
export default async function PreviewList() {
  await requireTeacher('/teacher/preview');
  const modules = [...moduleCatalog()].sort((a, b) => a.order - b.order);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold">Preview quizzes with their answers</h1>
      <ul className="space-y-3">
        {modules.map((m) => (
          <li key={m.id} className="card">
            <Link href={`/teacher/preview/${m.id}`} className="link text-lg font-semibold">
              Preview {m.title} with answers
            </Link>
            <p>
              {m.questionCount} questions. {m.summary}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
