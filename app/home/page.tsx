import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';

/** After sign-in everyone lands here and is sent to their own home. */
export default async function HomeRedirect() {
  const user = await requireUser('/home');
  redirect(user.role === 'TEACHER' ? '/teacher' : '/student');
}
