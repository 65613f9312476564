import { requireUser } from '@/lib/auth/session';

// Checked here as well as in each page so a visitor gets a real 307 to sign-in before any
// streaming starts; pages still check for themselves (layouts do not re-run on client navigation).
export default async function StudentLayout({ children }: { children: React.ReactNode }) {
  await requireUser('/student');
  return children;
}
