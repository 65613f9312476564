import type { BoardCell as TBoardCell, CellStatus } from '@/lib/analytics/progress-board';
import { percentText } from '@/lib/score/format';

/** Status words and icons carry the meaning; colour only repeats it. */
export const STATUS_LABEL: Record<CellStatus, { icon: string; text: string }> = {
  'not-started': { icon: '○', text: 'not started' },
  'in-progress': { icon: '◐', text: 'in progress' },
  done: { icon: '✓', text: 'done' },
  late: { icon: '⚠', text: 'late' },
};

const STATUS_CLASS: Record<CellStatus, string> = {
  'not-started': 'text-[var(--color-ink-soft)]',
  'in-progress': '',
  done: 'text-[var(--color-good)]',
  late: 'text-[var(--color-bad)] font-semibold',
};

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
      {cell.bestScore !== null ? (
        <span className="block font-mono text-[var(--color-ink)]">{percentText(cell.bestScore)}</span>
      ) : null}
      {cell.attemptCount > 1 ? (
        <span className="block text-xs text-[var(--color-ink-soft)]">{cell.attemptCount} attempts</span>
      ) : null}
    </span>
  );
}
