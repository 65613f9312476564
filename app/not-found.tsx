import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <div className="prose-width space-y-4">
      <h1 className="text-3xl font-semibold">Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
      <Link href="/" className="link">
        Go to the start page
      </Link>
    </div>
  );
}
