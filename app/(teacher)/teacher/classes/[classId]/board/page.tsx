import { notFound } from 'next/navigation';
import { requireTeacher } from '@/lib/auth/session';
import { loadProgressBoard } from '@/lib/dal/board';
import { ClassNav } from '@/components/teacher/class-nav';
import { ProgressBoard } from '@/components/teacher/progress-board';
import { classTitle } from '../class-title';

export const generateMetadata = classTitle('Progress board');

type Props = { params: Promise<{ classId: string }> };

export default async function BoardPage({ params }: Props) {
  const { classId } = await params;
  const teacher = await requireTeacher(`/teacher/classes/${classId}/board`);
  const board = await loadProgressBoard(teacher, classId);
  if (!board) notFound();
  return (
    <div className="space-y-8">
      <ClassNav classId={board.classId} className={board.className} current="Progress board" />
      <section aria-labelledby="board" className="space-y-3">
        <h2 id="board" className="text-2xl font-semibold">
          Progress board
        </h2>
        <p>
          Each cell shows a student’s status on an assignment and their best score. Late means finished after
          the due date, or not finished and the due date has passed. Choose a name to see every answer.
        </p>
        <ProgressBoard initial={board} />
      </section>
    </div>
  );
}
