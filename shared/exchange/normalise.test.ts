import { describe, expect, it } from 'vitest';
import { normaliseCell, type CellContext } from './normalise';

const ctx = (over: Partial<CellContext> = {}): CellContext => ({ shown: undefined, dateSystem: '1900', scale: 1, ...over });

describe('normaliseCell', () => {
  it('keeps phone numbers typed as numbers or as text exactly, never through exponent notation', () => {
    expect(normaliseCell(13800138000, 'code', ctx())).toEqual({ ok: true, value: '13800138000' });
    expect(normaliseCell(13800138000, 'code', ctx({ shown: '1.38E+10' }))).toEqual({ ok: true, value: '13800138000' });
    expect(normaliseCell('13800138000', 'code', ctx())).toEqual({ ok: true, value: '13800138000' });
  });

  it('keeps leading zeros a number format shows', () => {
    expect(normaliseCell(12345, 'code', ctx({ shown: '012345' }))).toEqual({ ok: true, value: '012345' });
  });

  it('refuses a code stored as a number past 15 digits: Excel has already changed it', () => {
    expect(normaliseCell(110101199001011230, 'code', ctx({ shown: '1.10101E+17' }))).toEqual({ ok: false, code: 'precisionLost', value: '1.10101E+17' });
  });

  it('writes numbers in text fields as the sheet shows them, unless that display loses digits', () => {
    expect(normaliseCell(45366, 'text', ctx({ shown: '2024-03-15' }))).toEqual({ ok: true, value: '2024-03-15' });
    expect(normaliseCell(123456789012, 'text', ctx({ shown: '1.23457E+11' }))).toEqual({ ok: true, value: '123456789012' });
    expect(normaliseCell(true, 'text', ctx())).toEqual({ ok: true, value: 'TRUE' });
  });

  it('applies a column unit (万㎡) to measures, from numbers and from text', () => {
    expect(normaliseCell(1.2, 'measure', ctx({ scale: 10_000 }))).toEqual({ ok: true, value: 12_000 });
    expect(normaliseCell('３.５', 'measure', ctx({ scale: 10_000 }))).toEqual({ ok: true, value: 35_000 });
    expect(normaliseCell('很多', 'measure', ctx({ scale: 10_000 }))).toEqual({ ok: true, value: '很多' });
  });

  it('reads a dash in a count as the deliberate zero of plan 5, but not in a measure', () => {
    for (const dash of ['–', '-', '—', '－']) expect(normaliseCell(dash, 'count', ctx())).toEqual({ ok: true, value: 0 });
    expect(normaliseCell('–', 'measure', ctx())).toEqual({ ok: true, value: '–' });
  });

  it('reads dates from serials in the workbook system and from text', () => {
    expect(normaliseCell(45366, 'date', ctx())).toEqual({ ok: true, value: '2024-03-15' });
    expect(normaliseCell(43904, 'date', ctx({ dateSystem: '1904' }))).toEqual({ ok: true, value: '2024-03-15' });
    expect(normaliseCell('2024年3月15日', 'date', ctx())).toEqual({ ok: true, value: '2024-03-15' });
    expect(normaliseCell('3/15/24', 'date', ctx())).toEqual({ ok: false, code: 'invalidDate', value: '3/15/24' });
  });

  it('passes blank as null and raw values untouched', () => {
    expect(normaliseCell(null, 'date', ctx())).toEqual({ ok: true, value: null });
    expect(normaliseCell(2, 'raw', ctx())).toEqual({ ok: true, value: 2 });
  });
});
