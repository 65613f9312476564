import { describe, expect, it } from 'vitest';
import { neutraliseCell, toCsv } from '@/lib/export/csv';

const BOM = '\uFEFF';

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    const csv = toCsv(['a', 'b'], [['1', '2']]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv).toBe(`${BOM}a,b\r\n1,2\r\n`);
  });

  it('quotes commas, doubles quotes, keeps newlines inside quotes, and passes unicode through', () => {
    const csv = toCsv(
      ['Student name', 'Response'],
      [
        ['Олена Коваленко', 'Zelenskyy, “victory plan”'],
        ['Тарас Шевченко', 'Rutte said "not now"'],
        ['Ірина', 'line one\nline two'],
        ['Петро', 'carriage\rreturn'],
      ],
    );
    expect(csv).toBe(
      BOM +
        'Student name,Response\r\n' +
        'Олена Коваленко,"Zelenskyy, “victory plan”"\r\n' +
        'Тарас Шевченко,"Rutte said ""not now"""\r\n' +
        'Ірина,"line one\nline two"\r\n' +
        'Петро,"carriage\rreturn"\r\n',
    );
  });

  it('writes numbers as numbers and null, undefined, NaN as empty', () => {
    expect(toCsv(['a', 'b', 'c', 'd', 'e'], [[-3, 0.25, null, undefined, Number.NaN]])).toBe(
      `${BOM}a,b,c,d,e\r\n-3,0.25,,,\r\n`,
    );
  });

  it('neutralises formula injection in headers and cells', () => {
    expect(toCsv(['=HYPERLINK("x")'], [['=1+1,2']])).toBe(`${BOM}"'=HYPERLINK(""x"")"\r\n"'=1+1,2"\r\n`);
  });

  it('writes only the header for no rows', () => {
    expect(toCsv(['a'], [])).toBe(`${BOM}a\r\n`);
  });

  it('rejects a row whose width differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow('CSV row 1 has 1 cells; the header has 2');
  });
});

describe('neutraliseCell', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+380 44 123 4567', "'+380 44 123 4567"],
    ['-2+3', "'-2+3"],
    ['-', "'-"],
    ['-1e5', "'-1e5"],
    ['@cmd', "'@cmd"],
    ['\tTAB', "'\tTAB"],
    ['\rCR', "'\rCR"],
    ['+3', "'+3"],
  ])('prefixes %j', (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });

  it.each(['-3', '-0.5', '12', '0', 'Article 5 = collective defence', 'a-b', ' =not at start'])(
    'leaves %j alone',
    (input) => {
      expect(neutraliseCell(input)).toBe(input);
    },
  );

  it('never prefixes a typed number', () => {
    expect(neutraliseCell(-1e-7)).toBe('-1e-7');
  });
});

describe('quoting', () => {
  it('quotes only when needed', () => {
    expect(toCsv(['a', 'b', 'c'], [['plain text', 'a,b', 'say "hi"']])).toBe(
      `${BOM}a,b,c\r\nplain text,"a,b","say ""hi"""\r\n`,
    );
  });
});
