import type { ReactNode } from 'react';

export type TColumn<R> = {
  header: string;
  cell: (row: R) => ReactNode;
};

type Props<R> = {
  /** What the table lists, for screen readers (and on screen when `showCaption`). */
  caption: string;
  showCaption?: boolean;
  /** The first column names the row (a row header); the rest are its values. */
  columns: readonly [TColumn<R>, ...TColumn<R>[]];
  rows: readonly R[];
  rowKey: (row: R) => string;
};

/**
 * The app's plain data table: a caption, column headers, a row header per row, and below 640 px
 * each row a card whose values are introduced by their column's name (`cards-on-phone` in
 * globals.css), so nothing is cut off on a phone. Wide tables scroll inside their own region.
 */
export function DataTable<R>({ caption, showCaption = false, columns, rows, rowKey }: Props<R>) {
  const [first, ...rest] = columns;
  const last = columns.length - 1;
  const pad = (index: number) => (index === last ? 'py-2' : 'py-2 pr-4');
  return (
    <div className="overflow-x-auto">
      <table className="cards-on-phone w-full border-collapse text-left">
        <caption className={showCaption ? 'mb-2 text-left font-semibold' : 'sr-only'}>{caption}</caption>
        <thead>
          <tr className="border-b border-line">
            {columns.map((c, i) => (
              <th key={c.header} scope="col" className={pad(i)}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className="border-b border-line">
              <th scope="row" className={`${pad(0)} font-normal`}>
                {first.cell(row)}
              </th>
              {rest.map((c, i) => (
                <td key={c.header} data-label={c.header} className={pad(i + 1)}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
