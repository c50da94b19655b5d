import { describe, expect, it } from 'vitest';
import { analyseExchange } from '../../shared/exchange/exchangeAnalysis';
import { readWorkbook } from '../../shared/exchange/read';
import { CONFIDENT_MATCH, sheetMatch } from './sheetMatch';

const rules = { defaultTermYears: 5 };
const csv = (lines: readonly string[]) => new TextEncoder().encode(lines.join('\n'));

/** The estate score the analysis itself gave the sheet it chose, read as an estate list only. */
async function estateMatch(lines: readonly string[]) {
  const workbook = await readWorkbook(csv(lines), 'table.csv');
  const analysis = analyseExchange(workbook, { rules, kinds: ['estates'] });
  const estates = analysis.estates;
  if (!estates) throw new Error('not read as estates');
  const score = estates.sheets.find((s) => s.index === estates.sheet.index)?.score ?? 0;
  return sheetMatch(workbook, 'estates', estates.sheet.index, score, rules);
}

describe('how sure the import is of a sheet kind', () => {
  it('warns when a rectification ledger is read as estates, and says what it looks like', async () => {
    const match = await estateMatch([
      '通知书编号,社区,小区名称,下发日期,责任单位,整改内容,整改期限,状态,复查日期',
      '〔2024〕第1号,万安社区,锦绣花园,2024-03-01,某物业,垃圾堆放,2024-03-08,待整改,',
    ]);
    expect(match.confident).toBe(false);
    expect(match.score).toBeLessThan(CONFIDENT_MATCH);
    expect(match.alternatives[0]?.kind).toBe('notices');
    expect(match.alternatives[0]?.score).toBeGreaterThan(match.score);
  });

  it('is sure of an estate list', async () => {
    const match = await estateMatch(['所属社区,小区名称,小区类别,管理模式,物业服务企业,楼幢数,户数,小区地址', '万安社区,锦绣花园,一类,市场化物业服务,某物业,12,800,万安路1号']);
    expect(match).toEqual({ score: expect.any(Number), confident: true, alternatives: [] });
    expect(match.score).toBeGreaterThanOrEqual(CONFIDENT_MATCH);
  });
});
