import type { TCouncilBlocks } from '@/lib/council/blocks';
import { DataTable, type TColumn } from '@/components/ui/data-table';

type TBlockRow = { key: string; seat: string; draft: string; count: number; total: boolean };

/** Each seat's drafts, then the seat's total over all of them (in bold). */
function blockRows(blocks: TCouncilBlocks): TBlockRow[] {
  return blocks.seats.flatMap((seat) => [
    ...seat.drafts.map((d) => ({
      key: `${seat.seatId}-${d.key}`,
      seat: seat.name,
      draft: d.label,
      count: d.count,
      total: false,
    })),
    { key: `${seat.seatId}-all`, seat: seat.name, draft: 'All drafts', count: seat.total, total: true },
  ]);
}

const strongIf = (total: boolean, text: string | number) => (total ? <strong>{text}</strong> : text);

const BLOCK_COLUMNS: readonly [TColumn<TBlockRow>, ...TColumn<TBlockRow>[]] = [
  { header: 'Seat', cell: (r) => strongIf(r.total, r.seat) },
  { header: 'Draft', cell: (r) => strongIf(r.total, r.draft) },
  { header: 'Times broke silence', cell: (r) => strongIf(r.total, r.count) },
];

const times = (n: number) => (n === 1 ? 'once' : `${n} times`);

/**
 * Across the class's councils: a bar per draft each delegation broke silence on, grouped by seat
 * (hidden from assistive tech), then the same numbers as a table. Bars differ by length and carry
 * their own labels and counts, never by colour alone; drawn in HTML so labels keep their size on a
 * narrow screen, a long draft name ending in an ellipsis with the full name as its title.
 */
export function SeatBlocksChart({ blocks }: { blocks: TCouncilBlocks }) {
  const max = Math.max(1, ...blocks.seats.flatMap((s) => s.drafts.map((d) => d.count)));
  const blocked = blocks.seats.filter((s) => s.total > 0);
  const councils = blocks.councils === 1 ? 'the class’s council' : `the class’s ${blocks.councils} councils`;
  return (
    <div className="space-y-4">
      <div aria-hidden="true" className="max-w-2xl space-y-3" data-testid="seat-blocks-bars">
        {blocked.map((seat) => (
          <div key={seat.seatId} className="space-y-1">
            <p className="text-sm font-semibold">
              {seat.name}: broke silence {times(seat.total)}
            </p>
            {seat.drafts.map((d) => (
              <div
                key={d.key}
                className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)_2.5rem] items-center gap-x-2 text-xs"
              >
                <p className="truncate text-right" title={d.label} data-chart-label>
                  {d.label}
                </p>
                <div className="h-4 border border-control-line">
                  <div className="h-full bg-accent" style={{ width: `${(d.count / max) * 100}%` }} />
                </div>
                <p data-chart-label>{d.count}</p>
              </div>
            ))}
          </div>
        ))}
      </div>
      <DataTable
        caption={`Times each delegation broke silence, by draft, across ${councils}`}
        showCaption
        columns={BLOCK_COLUMNS}
        rows={blockRows(blocks)}
        rowKey={(row) => row.key}
      />
    </div>
  );
}
