import Link from 'next/link';
import { SiteHeaderLinks } from '@/components/site-header-links';

/**
 * The site header. It is the same for everyone so that public pages can be prerendered; the
 * role-aware links are filled in on the client from `/api/me`.
 */
export function SiteHeader() {
  return (
    <header role="banner" className="border-b border-line">
      <nav
        aria-label="Main"
        className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3"
      >
        <Link href="/" className="mr-auto text-lg font-semibold no-underline">
          Open Door
        </Link>
        <SiteHeaderLinks />
      </nav>
    </header>
  );
}
