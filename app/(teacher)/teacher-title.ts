import type { Metadata } from 'next';
import { getCurrentUser } from '@/lib/auth/session';

/** The forbidden page's heading, which a student's 403 also takes as its title. */
const NOT_AVAILABLE = 'Not available to your account';

/**
 * A teacher page's title, or the forbidden page's for anyone signed in who is not a teacher (review
 * L1): Next.js keeps the refusing page's own title on a 403, so the page must choose it. Visitors
 * are sent to sign in before a title is shown.
 */
export async function teacherTitle(title: string): Promise<Metadata> {
  const user = await getCurrentUser();
  return { title: user && user.role !== 'TEACHER' ? NOT_AVAILABLE : title };
}

/** `export const generateMetadata = teacherPageTitle('Classes')` for a page whose title is fixed. */
export function teacherPageTitle(title: string): () => Promise<Metadata> {
  return () => teacherTitle(title);
}
