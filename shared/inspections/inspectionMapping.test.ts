import { describe, expect, it } from 'vitest';
import { xlsxBytes } from '../../tests/fixtures/exchange/workbooks';
import { formatRowProblem } from '../exchange/format';
import { analyseWorkbook } from '../exchange/pipeline';
import { inspectionsMapping } from './inspectionMapping';

/** A district list: title rows, its own column names, √ and ×, a problem column without a result. */
const DISTRICT_LIST = xlsxBytes({
  sheets: [
    {
      name: '检查记录',
      rows: [
        ['太平街道物业小区检查情况登记表'],
        ['填报单位：太平街道', null, null, null, null, null, null, null, null, '2024年3月'],
        ['序号', '社区', '小区', '检查日期', '检查类型', '检查人', '公共秩序', '环境卫生', '环境卫生存在问题', '绿化问题', '得分', '备注'],
        [1, '太平社区', '锦绣花园', 45366, '巡查', '张敏、李强', '√', '×', '3栋垃圾未清运', null, null, null],
        [2, '太平社区', '滨江苑', '2024年3月16日', '考核', '王芳', '合格', '合格', null, '南区草坪枯死', '88', '总体较好'],
        [3, '太平社区', '老街小区', '2024-03-17', '随便看看', '王芳', '还行', null, null, null, null, null],
        [4, '太平社区', '新村', '2024-03-18', '抽查', null, '合格', null, null, null, '120', null],
      ],
    },
  ],
});

describe('inspectionsMapping', () => {
  it('reads a district list with its own column names and spellings', async () => {
    const analysis = await analyseWorkbook(DISTRICT_LIST, '检查.xlsx', inspectionsMapping);
    expect(analysis.header.firstRow).toBe(3);
    const [patrol, assessment] = analysis.rows.valid.map((r) => r.value);
    expect(patrol).toMatchObject({
      community: '太平社区',
      estate: '锦绣花园',
      inspectedOn: '2024-03-15',
      kind: 'patrol',
      inspectors: ['张敏', '李强'],
      score: null,
    });
    expect(patrol?.categories.publicOrder).toEqual({ result: 'pass', note: '', mark: null });
    expect(patrol?.categories.sanitation).toEqual({ result: 'problem', note: '3栋垃圾未清运', mark: null });
    expect(patrol?.categories.security.result).toBe('notApplicable');
    // Only a problem written under 绿化问题: that is a problem found.
    expect(assessment?.categories.greening).toEqual({ result: 'problem', note: '南区草坪枯死', mark: null });
    expect(assessment).toMatchObject({ kind: 'assessment', score: 88, findings: '总体较好', inspectedOn: '2024-03-16' });
  });

  it('refuses rows it cannot read, saying why in Chinese', async () => {
    const analysis = await analyseWorkbook(DISTRICT_LIST, '检查.xlsx', inspectionsMapping);
    expect(analysis.rows.invalid.map((r) => [r.row, r.problems.map((p) => formatRowProblem(p))])).toEqual([
      [6, [
        expect.stringContaining('无法识别的检查类型“随便看看”'),
        expect.stringContaining('无法识别的检查结果“还行”'),
      ]],
      [7, [expect.stringContaining('不能为空'), expect.stringContaining('应在 0 到 100 之间')]],
    ]);
  });

  it('needs the columns that say where, when and what kind', async () => {
    const bytes = xlsxBytes({ sheets: [{ name: 'x', rows: [['社区', '小区名称', '检查人员', '公共秩序'], ['太平社区', '锦绣花园', '张敏', '合格']] }] });
    const refused = analyseWorkbook(bytes, 'x.xlsx', inspectionsMapping);
    await expect(refused).rejects.toMatchObject({ code: 'partialHeader', params: { sheet: 'x', row: 1, found: ['社区', '小区名称', '检查人员', '公共秩序'], missing: ['检查日期', '检查类型'] } });
  });
});
