/**
 * CSV for spreadsheets (RFC 4180), safe to open in Excel, LibreOffice and Google Sheets.
 *
 * - Starts with a UTF-8 byte-order mark: without it Excel reads UTF-8 as a legacy code page and
 *   mangles Cyrillic names and typographic quotes.
 * - Every record, the last included, ends with CRLF (RFC 4180 allows the final one; it makes
 *   appending and line counting simple).
 * - A field is quoted when it contains a comma, a double quote, CR or LF; quotes inside are doubled.
 * - Formula injection (OWASP "CSV injection"): a text cell starting with =, +, -, @, tab or CR could
 *   run as a formula, so it gets a leading single quote, which spreadsheets show as text.
 *   Exception, decided: a cell that is a plain decimal number ("-3", "-0.5", "12") is left alone so
 *   negative scores and differences stay numeric; such a cell cannot hold a formula. Cells passed as
 *   JavaScript numbers are never prefixed. "+3" is prefixed (a leading plus is not needed for data).
 */

import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | null | undefined;

export interface CsvTable {
  headers: string[];
  rows: CsvCell[][];
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Text of a cell with formula triggers neutralised; null, undefined and NaN/±Infinity become empty. */
export function neutraliseCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return FORMULA_START.test(cell) && !PLAIN_DECIMAL.test(cell) ? `'${cell}` : cell;
}

/** The CSV text; throws when a row's width differs from the header's, which is a caller bug. */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  rows.forEach((row, i) => {
    if (row.length !== headers.length)
      throw new RangeError(`CSV row ${i + 1} has ${row.length} cells; the header has ${headers.length}`);
  });
  // csv-stringify writes the records (RFC 4180 quoting, CRLF after every record, the BOM); the cells
  // reach it already neutralised, so the formula rule above stays ours.
  return stringify(
    [headers, ...rows].map((cells) => cells.map(neutraliseCell)),
    {
      bom: true,
      record_delimiter: 'windows',
      quoted_match: NEEDS_QUOTES,
    },
  );
}
