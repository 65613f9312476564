import type { BoardCell as TBoardCell, CellStatus } from '@/lib/analytics/progress-board';
import { percentText } from '@/lib/score/format';
import { scoreBand, SCORE_BAND_TEXT, type ScoreBand } from '@/lib/analytics/board-summary';
import { PupilTermsNote } from '@/components/classes/pupil-terms-note';

/** Status words and icons carry the meaning; colour only repeats it. */
export const STATUS_LABEL: Record<CellStatus, { icon: string; text: string }> = {
  'not-started': { icon: '○', text: 'not started' },
  'in-progress': { icon: '◐', text: 'in progress' },
  done: { icon: '✓', text: 'done' },
  late: { icon: '⚠', text: 'late' },
};

const STATUS_CLASS: Record<CellStatus, string> = {
  'not-started': 'text-ink-soft',
  'in-progress': '',
  done: 'text-good',
  late: 'text-bad font-semibold',
};

const BAND_CLASS: Record<ScoreBand, string> = {
  low: 'bg-[color-mix(in_oklch,var(--color-bad)_18%,transparent)]',
  medium: 'bg-[color-mix(in_oklch,var(--color-accent)_12%,transparent)]',
  high: 'bg-[color-mix(in_oklch,var(--color-good)_18%,transparent)]',
};

/** A best score with its band in words ("42% · low"); the tint only repeats the word. */
function ScoreBadge({ share }: { share: number }) {
  const band = scoreBand(share);
  return (
    <span className={`mt-0.5 block w-fit rounded px-1.5 text-ink ${BAND_CLASS[band]}`} data-band={band}>
      <span className="font-mono">{percentText(share)}</span> · {SCORE_BAND_TEXT[band]}
    </span>
  );
}

export function BoardCellView({ cell }: { cell: TBoardCell }) {
  const label = STATUS_LABEL[cell.status];
  const lateDetail =
    cell.lateReason === 'submitted-late'
      ? ' (submitted late)'
      : cell.lateReason === 'overdue'
        ? ' (overdue)'
        : '';
  return (
    <span className={STATUS_CLASS[cell.status]}>
      <span aria-hidden="true">{label.icon} </span>
      {label.text}
      {lateDetail}
      {cell.bestScore !== null ? <ScoreBadge share={cell.bestScore} /> : null}
      {cell.attemptCount > 1 ? (
        <span className="block text-xs text-ink-soft">{cell.attemptCount} attempts</span>
      ) : null}
      <PupilTermsNote terms={cell.terms} withLateWork={false} />
    </span>
  );
}
