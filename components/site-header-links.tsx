'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
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
 * a visitor's page does not shift when they appear. On a phone the links sit behind a Menu button
 * (a disclosure: the header is one row, not three), which closes on navigation and on Escape.
 */
export function SiteHeaderLinks() {
  const me = useMe();
  const user = me.known ? me.user : null;
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    // A link was followed: the menu closes with the page it was opened on.
    setShownFor(pathname);
    setOpen(false);
  }
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      document.getElementById('main-menu-button')?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <>
      <button
        id="main-menu-button"
        type="button"
        className="btn-quiet sm:hidden"
        aria-expanded={open}
        aria-controls="main-menu"
        onClick={() => setOpen((was) => !was)}
      >
        {open ? 'Close menu' : 'Menu'}
      </button>
      <div
        id="main-menu"
        className={`${open ? 'flex' : 'hidden'} w-full flex-col items-start gap-y-1 sm:flex sm:w-auto sm:flex-row sm:flex-wrap sm:items-center sm:gap-x-5 sm:gap-y-2`}
      >
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
              <span className="ml-1 text-ink-soft">({user.role === 'TEACHER' ? 'teacher' : 'student'})</span>
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
      </div>
    </>
  );
}
