import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/session';
import { teacherTitle } from '@/app/(teacher)/teacher-title';
import { findTeacherClass } from '@/lib/dal/classes';

type ClassParams = { params: Promise<{ classId: string }> };

/**
 * A class page's title names the page and the class ("Progress board · 7B History"), so two open
 * classes are told apart (WCAG 2.4.2, review L1). Another teacher's class, or no class, gets the
 * not-found page's own title, and a student the forbidden page's.
 */
export function classTitle(page: string): (props: ClassParams) => Promise<Metadata> {
  return async ({ params }) => {
    const { classId } = await params;
    const teacher = await getCurrentUser();
    if (!teacher || teacher.role !== 'TEACHER') return teacherTitle(page);
    const cls = classId.length > 64 ? null : await findTeacherClass(teacher, classId);
    if (!cls) notFound();
    return { title: `${page} · ${cls.name}` };
  };
}
