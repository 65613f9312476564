'use client';
import Link from 'next/link';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { useMe, type TMe } from '@/components/me/use-me';

type TLink = { href: string; label: string };

const VISITOR: TLink[] = [
  { href: '/modules', label: 'Modules' },
  { href: '/glossary', label: 'Glossary' },
];
const TEACHER: TLink[] = [
  { href: '/teacher', label: 'Classes' },
  { href: '/modules', label: 'Modules' },
  { href: '/scenarios', label: 'Scenarios' },
  { href: '/glossary', label: 'Glossary' },
];
const STUDENT: TLink[] = [
  { href: '/student', label: 'My work' },
  { href: '/modules', label: 'Modules' },
  { href: '/progress', label: 'Progress' },
  { href: '/review', label: 'Review' },
  { href: '/scenarios', label: 'Scenarios' },
  { href: '/glossary', label: 'Glossary' },
];

const linksFor = (user: TMe | null) => (!user ? VISITOR : user.role === 'TEACHER' ? TEACHER : STUDENT);

/**
 * Role-aware navigation: visitors, students and teachers each see their own links. Until the
 * browser knows who is signed in it lays out the visitor's links with the sign-in pair hidden, so
 * a visitor's page does not shift when they appear.
 */
export function SiteHeaderLinks() {
  const me = useMe();
  const user = me.known ? me.user : null;
  return (
    <>
      {linksFor(user).map((l) => (
        <Link key={l.href} href={l.href} className="link">
          {l.label}
        </Link>
      ))}
      {user ? (
        <>
          <Link href="/account" className="link">
            <span className="sr-only">Account of </span>
            {user.displayName}
            <span className="text-[var(--color-ink-soft)]">
              {' '}
              ({user.role === 'TEACHER' ? 'teacher' : 'student'})
            </span>
          </Link>
          <SignOutButton />
        </>
      ) : (
        <span className={`contents ${me.known ? '' : 'invisible'}`}>
          <Link href="/sign-in" className="link">
            Sign in
          </Link>
          <Link href="/sign-up" className="btn">
            Create account
          </Link>
        </span>
      )}
    </>
  );
}
