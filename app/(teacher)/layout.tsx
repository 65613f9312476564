import { requireTeacher } from '@/lib/auth/session';
import { requestedPath } from '@/lib/auth/requested-path';

// Checked here as well as in each page so visitors get a 307 and students a 403 before any
// streaming starts; pages still check for themselves (layouts do not re-run on client navigation).
export default async function TeacherLayout({ children }: { children: React.ReactNode }) {
  // Back to the page asked for after signing in (a board link), not the class list.
  await requireTeacher(await requestedPath('/teacher'));
  return children;
}
