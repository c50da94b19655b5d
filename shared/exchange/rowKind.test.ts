import { describe, expect, it } from 'vitest';
import type { CellValue } from './grid';
import { skipReason } from './rowKind';

const shape = (cells: CellValue[]) => ({ cells, mappedColumns: [1, 2, 3], markerColumns: [1, 2] });

describe('skipReason', () => {
  it('skips rows whose mapped cells are blank, even when a serial number is filled in', () => {
    expect(skipReason(shape([]))).toBe('blank');
    expect(skipReason(shape([7, '  ', null, '']))).toBe('blank');
  });

  it('skips total and subtotal rows wherever the word is written', () => {
    for (const cells of [[null, '合计', null, 5], [null, null, '合 计', 5], ['总计', null, null, 9], [null, '印盒石社区小计', null, 3], [null, '合计：', null, 1]] as CellValue[][]) {
      expect(skipReason(shape(cells))).toBe('total');
    }
  });

  it('skips notes and signatures under the table', () => {
    expect(skipReason(shape(['填表人：张三', null, null, '审核人：李四']))).toBe('note');
    expect(skipReason(shape(['注：类别按区文件填写']))).toBe('note');
  });

  it('keeps ordinary rows, including names that merely contain a total word', () => {
    expect(skipReason(shape([1, '印盒石社区', '东合计花园', '一类']))).toBeUndefined();
    expect(skipReason(shape([1, '印盒石社区', '阳光花园', null]))).toBeUndefined();
  });
});
