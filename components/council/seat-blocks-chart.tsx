import type { TCouncilBlocks } from '@/lib/council/blocks';

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
      <div className="relative overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="text-left font-medium">
            Times each delegation broke silence, by draft, across {councils}
          </caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-1 pr-3">
                Seat
              </th>
              <th scope="col" className="py-1 pr-3">
                Draft
              </th>
              <th scope="col" className="py-1 pr-3">
                Times broke silence
              </th>
            </tr>
          </thead>
          <tbody>
            {blocks.seats.flatMap((seat) => [
              ...seat.drafts.map((d) => (
                <tr key={`${seat.seatId}-${d.key}`} className="border-b border-line">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {seat.name}
                  </th>
                  <td className="py-1 pr-3">{d.label}</td>
                  <td className="py-1 pr-3">{d.count}</td>
                </tr>
              )),
              <tr key={`${seat.seatId}-all`} className="border-b border-line font-semibold">
                <th scope="row" className="py-1 pr-3">
                  {seat.name}
                </th>
                <td className="py-1 pr-3">All drafts</td>
                <td className="py-1 pr-3">{seat.total}</td>
              </tr>,
            ])}
          </tbody>
        </table>
      </div>
    </div>
  );
}
