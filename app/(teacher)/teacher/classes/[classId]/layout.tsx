import { notFound } from 'next/navigation';
import { requireTeacher } from '@/lib/auth/session';
import { requestedPath } from '@/lib/auth/requested-path';
import { findTeacherClass } from '@/lib/dal/classes';

/**
 * Every page under a class belongs to its teacher. The check runs here, outside any loading
 * boundary (this segment's loading.tsx sits inside this layout), so another teacher's class, or
 * an id that is no class, answers a real 404 before a byte of the page streams (issue 9, row 10).
 * The pages keep their own checks: this layout is the early answer, not the only one.
 */
export default async function ClassLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ classId: string }>;
}) {
  const { classId } = await params;
  const teacher = await requireTeacher(await requestedPath(`/teacher/classes/${classId}`));
  if (classId.length > 64 || !(await findTeacherClass(teacher, classId))) notFound();
  return children;
}
