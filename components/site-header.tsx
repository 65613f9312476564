import Link from 'next/link';
import { getCurrentUser } from '@/lib/auth/session';
import { SignOutButton } from '@/components/auth/sign-out-button';

/** Role-aware navigation: visitors, students and teachers each see their own links. */
export async function SiteHeader() {
  const user = await getCurrentUser();
  const links = !user
    ? [
        { href: '/modules', label: 'Modules' },
        { href: '/glossary', label: 'Glossary' },
      ]
    : user.role === 'TEACHER'
      ? [
          { href: '/teacher', label: 'Classes' },
          { href: '/modules', label: 'Modules' },
          { href: '/scenarios', label: 'Scenarios' },
          { href: '/glossary', label: 'Glossary' },
        ]
      : [
          { href: '/student', label: 'My work' },
          { href: '/modules', label: 'Modules' },
          { href: '/progress', label: 'Progress' },
          { href: '/review', label: 'Review' },
          { href: '/scenarios', label: 'Scenarios' },
          { href: '/glossary', label: 'Glossary' },
        ];
  return (
    <header role="banner" className="border-b border-[var(--color-line)]">
      <nav
        aria-label="Main"
        className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3"
      >
        <Link href="/" className="mr-auto text-lg font-semibold no-underline">
          Open Door
        </Link>
        {links.map((l) => (
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
          <>
            <Link href="/sign-in" className="link">
              Sign in
            </Link>
            <Link href="/sign-up" className="btn">
              Create account
            </Link>
          </>
        )}
      </nav>
    </header>
  );
}
