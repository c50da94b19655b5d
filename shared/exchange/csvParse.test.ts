import { describe, expect, it } from 'vitest';
import { parseCsv } from './csvParse';

const LIMITS = { maxRows: 1000, maxColumns: 50 };

describe('parseCsv', () => {
  it('keeps every cell as text, numbers included', () => {
    expect(parseCsv('电话,户数\r\n13800138000,"1,203"\r\n0012,12\r\n', LIMITS).rows).toEqual([
      ['电话', '户数'],
      ['13800138000', '1,203'],
      ['0012', '12'],
    ]);
  });

  it('reads quotes, doubled quotes and line breaks inside quotes', () => {
    expect(parseCsv('a,"b ""x"" c","line1\nline2"\nd,,', LIMITS).rows).toEqual([
      ['a', 'b "x" c', 'line1\nline2'],
      ['d', '', ''],
    ]);
  });

  it('finds tab and semicolon delimiters, and honours an Excel sep= line', () => {
    expect(parseCsv('a\tb\n1\t2', LIMITS).rows).toEqual([['a', 'b'], ['1', '2']]);
    expect(parseCsv('a;b\n1;2,5', LIMITS).rows).toEqual([['a', 'b'], ['1', '2,5']]);
    expect(parseCsv('sep=;\na;b,c\n', LIMITS).rows).toEqual([['a', 'b,c']]);
  });

  it('handles CR-only line ends and a last line without one', () => {
    expect(parseCsv('a,b\r1,2', LIMITS).rows).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('stops at the row and column limits and says so', () => {
    const parsed = parseCsv('1,2,3\n4,5,6\n7,8,9\n', { maxRows: 2, maxColumns: 2 });
    expect(parsed.rows).toEqual([['1', '2'], ['4', '5']]);
    expect(parsed.cutOff).toEqual({ rows: true, columns: true });
  });

  it('takes an unterminated quote to the end of the file instead of failing', () => {
    expect(parseCsv('a,"b\nc', LIMITS).rows).toEqual([['a', 'b\nc']]);
  });
});
