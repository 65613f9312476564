'use client';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { TOpenAssignment } from '@/lib/assignment/student-assignment';
import { LocalTime } from '@/components/ui/local-time';

/**
 * The module page's quiz button. The page is the same static HTML for everyone; once in the
 * browser this asks whether the signed-in student has this quiz assigned, and if so the button
 * says so and carries the assignment, so work started from the briefing counts for it.
 */
export function AssignedQuizStart({ slug }: { slug: string }) {
  const [open, setOpen] = useState<TOpenAssignment[] | null>(null);
  useEffect(() => {
    let cancelled = false;
    fetch(`/api/assignments/open?module=${encodeURIComponent(slug)}`, { credentials: 'same-origin' })
      .then((r) => (r.ok ? (r.json() as Promise<{ assignments: TOpenAssignment[] }>) : { assignments: [] }))
      .then((body) => {
        if (!cancelled) setOpen(body.assignments);
      })
      .catch(() => {
        if (!cancelled) setOpen([]);
      });
    return () => {
      cancelled = true;
    };
  }, [slug]);

  const first = open?.[0];
  if (!first)
    return (
      <Link href={`/modules/${slug}/quiz`} className="btn">
        Start quiz
      </Link>
    );
  return (
    <div className="space-y-2">
      <Link href={first.href} className="btn">
        Start your assigned quiz
        {first.dueAt ? (
          <>
            {' '}
            — due <LocalTime value={first.dueAt} form="day-time" />
          </>
        ) : null}
      </Link>
      <p className="text-sm text-ink-soft">
        Set by your teacher in {first.className}
        {open.length > 1 ? ` (and ${open.length - 1} more: choose on the quiz page)` : ''}.
      </p>
    </div>
  );
}
