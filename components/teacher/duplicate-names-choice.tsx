'use client';
import type { DuplicateChoice, DuplicateName } from '@/lib/roster/duplicate-names';
import { BusyButton } from '@/components/ui/busy-button';

type Props = {
  duplicates: readonly DuplicateName[];
  busy: boolean;
  onChoose: (choice: DuplicateChoice) => void;
};

function why(d: DuplicateName): string {
  const reasons = [];
  if (d.alreadyInClass) reasons.push('already in this class');
  if (d.timesInList > 1) reasons.push(`${d.timesInList} times in your list`);
  return reasons.join(' and ');
}

/** Nothing is created until the teacher says what to do with names that would make look-alike rows. */
export function DuplicateNamesChoice({ duplicates, busy, onChoose }: Props) {
  return (
    <div
      id="bulk-duplicates"
      tabIndex={-1}
      role="group"
      aria-labelledby="bulk-duplicates-title"
      className="space-y-3 rounded-lg border-2 border-bad p-3"
    >
      <p id="bulk-duplicates-title" className="font-medium">
        <span aria-hidden="true">⚠ </span>
        No accounts created yet: {duplicates.length === 1 ? 'one name appears' : 'some names appear'} twice.
      </p>
      <ul className="list-disc pl-6">
        {duplicates.map((d) => (
          <li key={d.name}>
            <strong>{d.name}</strong> — {why(d)}
          </li>
        ))}
      </ul>
      <p className="text-sm">
        If they are different pupils, create them anyway: their cards tell them apart by username.
      </p>
      <div className="flex flex-wrap gap-3">
        <BusyButton className="btn" busy={busy} onClick={() => onChoose('create-all')}>
          Create them anyway
        </BusyButton>
        <BusyButton className="btn-quiet" busy={busy} onClick={() => onChoose('skip')}>
          Leave the duplicates out
        </BusyButton>
      </div>
    </div>
  );
}
