import { extraAttemptsText, type PupilTermsView } from '@/lib/assignment/pupil-terms';
import { LocalTime } from '@/components/ui/local-time';

type Props = {
  terms: PupilTermsView;
  /** The board says "Late work accepted" once in the column heading, not in every cell. */
  withLateWork?: boolean;
};

/** What applies to one pupil beyond the class's terms: "Extended to Fri 4 Dec, 3:30 pm · 1 extra attempt". */
export function PupilTermsNote({ terms, withLateWork = true }: Props) {
  const parts = [
    terms.extendedTo ? (
      <span key="extended">
        Extended to <LocalTime value={terms.extendedTo} form="day-time" />
      </span>
    ) : null,
    terms.extraAttempts > 0 ? <span key="extra">{extraAttemptsText(terms.extraAttempts)}</span> : null,
    withLateWork && terms.acceptLateWork ? <span key="late">Late work accepted</span> : null,
  ].filter((p) => p !== null);
  if (parts.length === 0) return null;
  return (
    <span className="block text-sm" data-testid="pupil-terms">
      {parts.flatMap((p, i) => (i === 0 ? [p] : [<span key={`sep-${i}`}> · </span>, p]))}
    </span>
  );
}
