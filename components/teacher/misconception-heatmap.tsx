import type { Heatmap } from '@/lib/analytics/misconceptions';

/**
 * The heatmap is a real table: every cell states its count in text, and the shading (darker =
 * more) only repeats it, so it reads the same without colour or sight.
 */
export function MisconceptionHeatmap({
  heatmap,
  rowLabel,
  columnLabel,
}: {
  heatmap: Heatmap;
  rowLabel: (id: string) => string;
  columnLabel: (id: string) => string;
}) {
  const max = Math.max(1, ...heatmap.counts.flat());
  return (
    <div className="relative overflow-x-auto">
      <table className="border-collapse text-left text-xs">
        <caption className="text-left text-sm font-medium">
          Answers revealing each misconception, per student (0 shown as blank)
        </caption>
        <thead>
          <tr>
            <th scope="col" className="p-1">
              Misconception
            </th>
            {heatmap.columnIds.map((id) => (
              <th key={id} scope="col" className="p-1 align-bottom font-normal">
                {columnLabel(id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {heatmap.rowIds.map((rowId, r) => (
            <tr key={rowId} className="border-t border-line">
              <th scope="row" className="max-w-xs p-1 font-normal">
                {rowLabel(rowId)}
              </th>
              {heatmap.columnIds.map((colId, c) => {
                const n = heatmap.counts[r]?.[c] ?? 0;
                return (
                  <td
                    key={colId}
                    className="p-1 text-center font-mono"
                    style={
                      n > 0
                        ? {
                            background: `color-mix(in oklch, var(--color-bad) ${Math.round((n / max) * 45)}%, transparent)`,
                          }
                        : undefined
                    }
                  >
                    {n > 0 ? n : <span className="sr-only">0</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
