import Link from 'next/link';

const TABS = [
  { href: '', label: 'Class and roster' },
  { href: '/assignments', label: 'Assignments' },
  { href: '/board', label: 'Progress board' },
  { href: '/analytics', label: 'Analytics' },
  { href: '/reflections', label: 'Reflections' },
  /**
   * Not fully prefetched: a full prefetch is kept for five minutes, and a live lesson or a council
   * starts, runs and ends in that time through the presenter and phones (route handlers, so no
   * server action clears the cache): the tab would still say one is running.
   */
  { href: '/live', label: 'Live lesson', fresh: true },
  { href: '/council', label: 'Council', fresh: true },
] as const;

type Tab = (typeof TABS)[number]['label'];

/** The class's heading and section tabs; the current tab is marked for screen readers too. */
export function ClassNav({
  classId,
  className,
  current,
  archived,
}: {
  classId: string;
  className: string;
  current: Tab;
  archived?: boolean;
}) {
  return (
    <div className="space-y-3">
      <p className="text-sm">
        <Link href="/teacher" className="link">
          ← All classes
        </Link>
      </p>
      <h1 className="text-3xl font-semibold">
        {className}
        {archived ? <span className="ml-3 text-base font-normal text-ink-soft">(archived)</span> : null}
      </h1>
      <nav aria-label="Class sections">
        <ul className="flex flex-wrap gap-2 border-b border-line pb-2">
          {TABS.map((tab) => (
            <li key={tab.label}>
              {/* Full prefetch: the tabs are where a teacher goes next, and each was a 1–2 s page load. */}
              <Link
                prefetch={'fresh' in tab ? null : true}
                href={`/teacher/classes/${classId}${tab.href}`}
                aria-current={tab.label === current ? 'page' : undefined}
                className={tab.label === current ? 'btn' : 'btn-quiet'}
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
