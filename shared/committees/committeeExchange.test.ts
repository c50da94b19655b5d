import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { xlsxBytes } from '../../tests/fixtures/exchange/workbooks';
import { coverageFacts, summariseCoverage } from './coverage';
import { groupByEstate, NO_RECORDS } from './records';
import { committeeStatus } from './status';
import type { CommitteeMember, CommitteeTerm } from './types';
import type { Community } from '../estates/community';
import type { Estate } from '../estates/estate';
import { existingCommitteeMembers, existingCommitteeTerms } from './committeeExisting';
import type { CommitteeLedger } from './committeeTables';
import { exportFullWorkbook } from '../exchange/export/fullWorkbook';
import { exportCoverageReport } from './coverageReport';
import { formatRowProblem } from '../exchange/format';
import { committeeMembersMapping, termKey } from './memberMapping';
import { committeeTermsMapping, hasTerm } from './termMapping';
import { analyseWorkbook, diffAgainst } from '../exchange/pipeline';
import { analyseInventory } from '../exchange/testing/analyseInventory';

const rules = { defaultTermYears: 5 };
const termsMapping = committeeTermsMapping(rules);

const community = (id: string, name: string): Community => ({
  id, name, nameKey: name, kind: 'community', director: '', phone: '', planned: { total: null, class1: null, class2: null, class3: null }, createdAt: 0, updatedAt: 0,
});
const estate = (id: string, communityId: string, name: string, estateClass: Estate['estateClass']): Estate => ({
  id, communityId, name, aliases: [], nameKey: name, estateClass, mode: 'unspecified', company: '', companyId: null, buildings: null, households: null, floorArea: null,
  address: '', pilot: false, notes: '', createdAt: 0, updatedAt: 0,
});
const member = (id: string, name: string, role: CommitteeMember['role'], more: Partial<CommitteeMember> = {}): CommitteeMember => ({
  id, name, role, phone: '', building: '', room: '', joinedOn: null, leftOn: null, leftReason: null, ...more,
});
const term = (id: string, estateId: string, termNumber: number, more: Partial<CommitteeTerm>): CommitteeTerm => ({
  id, estateId, termNumber, electedOn: '2019-06-01', startOn: '2019-06-01', endOn: '2024-06-01', filedOn: null, filingNumber: '', notes: '', members: [],
  createdAt: 0, updatedAt: 0, ...more,
});

const communities = [community('c1', '太平社区'), community('c2', '牌楼社区')];
const estates = [estate('e1', 'c1', '锦绣花园', 1), estate('e2', 'c1', '机关宿舍', 2), estate('e3', 'c2', '老街小区', 3), estate('e4', 'c2', '新村', 0)];
const terms: CommitteeTerm[] = [
  term('t1', 'e1', 1, {
    filedOn: '2019-06-20',
    filingNumber: '0012',
    members: [
      member('m1', '王建国', 'chair', { phone: '013800000001', building: '1栋', room: '101', leftOn: '2021-01-10', leftReason: 'resigned' }),
      member('m2', '李梅', 'viceChair'),
      member('m3', '赵强', 'chair', { joinedOn: '2021-01-10', phone: '13900000002' }),
    ],
  }),
  term('t2', 'e1', 2, { electedOn: '2024-02-29', startOn: '2024-03-01', endOn: '2029-02-28', notes: '=换届\n提前一月', members: [member('m4', '张伟', 'chair'), member('m5', '刘洋', 'member', { leftOn: '2024-05-01', leftReason: 'removed' })] }),
  term('t3', 'e3', 1, { electedOn: '2024-05-15', startOn: '2024-05-15', endOn: '2027-05-15' }),
];
const ledger: CommitteeLedger = { communities, estates, terms };

/** What the full workbook holds: the inventory sheets, then the committee sheets. */
function fullWorkbook(): Uint8Array {
  return exportFullWorkbook({ communities, estates, terms });
}

describe('the committee sheets of the full workbook', () => {
  const bytes = fullWorkbook();

  it('reads back to exactly the stored terms: re-importing is a no-op', async () => {
    const analysis = await analyseWorkbook(bytes, '台账.xlsx', termsMapping);
    expect(analysis.sheet.name).toBe('业委会届次');
    expect(analysis.rows.invalid).toEqual([]);
    expect(analysis.counts.valid).toBe(3);
    const diff = diffAgainst(analysis, termsMapping, existingCommitteeTerms(ledger));
    expect(diff.added).toEqual([]);
    expect(diff.changed).toEqual([]);
    expect(diff.unchanged.map((u) => u.id)).toEqual(['t1', 't2', 't3']);
    // The roster is not re-derived from the chair column: it is only the current chair's name.
    expect(analysis.rows.valid[0]?.value.term).toMatchObject({ chair: '赵强', chairPhone: '13900000002' });
  });

  it('reads back to exactly the stored members, by-elections and leavings included', async () => {
    // The terms' identity keys are what member rows reference.
    const known = { committeeTerms: new Set(existingCommitteeTerms(ledger).map((t) => termsMapping.identity(t.value).key)) };
    expect(known.committeeTerms.has(termKey('太平社区', '锦绣花园', 2))).toBe(true);
    const analysis = await analyseWorkbook(bytes, '台账.xlsx', committeeMembersMapping, { known });
    expect(analysis.sheet.name).toBe('业委会成员');
    expect(analysis.rows.invalid).toEqual([]);
    const diff = diffAgainst(analysis, committeeMembersMapping, existingCommitteeMembers(ledger));
    expect(diff.added).toEqual([]);
    expect(diff.changed).toEqual([]);
    expect(diff.unchanged).toHaveLength(5);
    expect(analysis.rows.valid.find((r) => r.value.name === '王建国')?.value).toMatchObject({ phone: '013800000001', leftOn: '2021-01-10', leftReason: 'resigned' });
  });

  it('leaves the inventory import as it was: 社区 and 小区 still found', async () => {
    const inventory = await analyseInventory(bytes, '台账.xlsx', { existingCommunities: [] });
    expect(inventory.communities?.sheet.name).toBe('社区');
    expect(inventory.estates?.sheet.name).toBe('小区');
    expect(inventory.estates?.counts.valid).toBe(4);
  });

  it('writes dates as dated numbers and the filing number as text', () => {
    const book = XLSX.read(bytes, { type: 'array', cellNF: true });
    const sheet = book.Sheets['业委会届次']!;
    expect(XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 })[0]).toEqual([
      '所属社区', '小区名称', '届次', '选举日期', '任期开始日期', '任期届满日期', '备案日期', '备案号', '主任', '联系电话', '备注',
    ]);
    expect(sheet['D2']).toMatchObject({ t: 'n', z: 'yyyy-mm-dd' });
    expect(sheet['H2']).toMatchObject({ t: 's', v: '0012' });
  });

  it('refuses a member whose term is neither stored nor in the file', async () => {
    const analysis = await analyseWorkbook(bytes, '台账.xlsx', committeeMembersMapping, { known: { committeeTerms: new Set() } });
    expect(analysis.rows.valid).toEqual([]);
    expect(formatRowProblem(analysis.rows.invalid[0]!.problems[0]!)).toBe('届次：找不到太平社区 / 锦绣花园 / 第1届：请在同一文件的届次表中列出，或先在台账中登记');
  });
});

describe('a district list of committees', () => {
  const list = xlsxBytes({
    sheets: [
      {
        name: 'Sheet1',
        rows: [
          ['南岸区各街道业主委员会成立情况统计表'],
          ['填报单位：牌楼街道', null, null, null, null, null, null, null, null, '2024年6月'],
          ['序号', '社区', '小区名称', '届次', '选举日期', '任期（年）', '备案日期', '备案号', '主任', '联系电话'],
          [1, '太平社区', '锦绣花园', '第二届', 45351, 5, '2024年3月20日', '太备〔2024〕3号', '张伟', 13800000001],
          [2, '太平社区', '机关宿舍', null, null, null, null, null, null, null],
          [3, '牌楼社区', '老街小区', '1', '2024.5.15', '3', null, null, '陈静', null],
          [4, '牌楼社区', '新村', '第一届', '去年', null, null, null, null, null],
          [null, '合计', '4 个小区', null, null, null, null, null, null, null],
        ],
      },
    ],
  });

  it('finds the header under the titles and reads each row, blank committee columns as "no committee"', async () => {
    const analysis = await analyseWorkbook(list, '牌楼街道.xlsx', termsMapping);
    expect(analysis.header.firstRow).toBe(3);
    expect(analysis.rows.valid.map((r) => [r.row, r.value.estate, r.value.term?.termNumber ?? null, r.value.term?.endOn ?? null])).toEqual([
      [4, '锦绣花园', 2, '2029-02-28'],
      [5, '机关宿舍', null, null],
      [6, '老街小区', 1, '2027-05-15'],
    ]);
    expect(analysis.rows.valid[0]?.value.term).toMatchObject({ electedOn: '2024-02-29', filedOn: '2024-03-20', filingNumber: '太备〔2024〕3号', chairPhone: '13800000001' });
    expect(analysis.rows.valid.filter((r) => hasTerm(r.value))).toHaveLength(2);
    expect(analysis.rows.invalid.map((r) => [r.row, r.problems.map((p) => formatRowProblem(p))])).toEqual([
      [7, ['选举日期：无法识别的日期“去年”，应写成 2024-03-15 或 2024年3月15日']],
    ]);
    expect(analysis.rows.skipped.map((s) => s.reason)).toEqual(['total']);
  });
});

describe('the coverage report', () => {
  const date = '2024-06-10';
  const byEstate = groupByEstate([], [], terms);
  const status = (id: string) => committeeStatus(byEstate.get(id) ?? NO_RECORDS, date, { termExpiryWarningMonths: 3 });
  const table = summariseCoverage(date, communities, estates, (id) => coverageFacts(status(id)));
  const names = new Map(communities.map((c) => [c.id, c.name]));
  const bytes = exportCoverageReport(
    { streetName: '牌楼街道', date },
    table,
    estates.map((e) => ({ community: names.get(e.communityId) ?? '', estate: e.name, estateClass: e.estateClass, status: status(e.id) })),
  );
  const book = XLSX.read(bytes, { type: 'array', cellNF: true });
  const sheet = book.Sheets['覆盖情况']!;
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: null });

  it('has the district layout: title, unit and day, measures merged over 个数 and 占比', () => {
    expect(book.SheetNames).toEqual(['覆盖情况', '各小区状态']);
    expect(rows[0]?.[0]).toBe('牌楼街道业主大会、业主委员会组建情况统计表');
    expect([rows[1]?.[0], rows[1]?.[9]]).toEqual(['填报单位：牌楼街道', '统计日期：2024-06-10']);
    expect(rows[2]).toEqual(['序号', '社区', '类别', '小区数', '已召开业主大会', null, '已成立业主委员会', null, '业委会已备案', null, '任期届满未换届', null]);
    expect(rows[3]).toEqual([null, null, null, null, '个数', '占比', '个数', '占比', '个数', '占比', '个数', '占比']);
    const merges = (sheet['!merges'] ?? []).map((m) => XLSX.utils.encode_range(m));
    expect(merges).toEqual(expect.arrayContaining(['A1:L1', 'A3:A4', 'D3:D4', 'E3:F3', 'K3:L3', 'A5:A9', 'B5:B9', 'A15:B19']));
  });

  it('counts each community overall and by class, and ends with the street totals', () => {
    // 太平社区: 锦绣花园 (class I) re-elected on a leap day, unfiled and overdue; 机关宿舍 (II) nothing.
    expect(rows[4]).toEqual([1, '太平社区', '合计', 2, 1, 0.5, 1, 0.5, 0, 0, 0, 0]);
    expect(rows[5]?.slice(2)).toEqual(['一类', 1, 1, 1, 1, 1, 0, 0, 0, 0]);
    expect(rows[6]?.slice(2)).toEqual(['二类', 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    // 新村 is unclassified, so the street shows a 未分类 row; an empty class has no share.
    expect(rows[8]?.slice(2)).toEqual(['未分类', 0, 0, null, 0, null, 0, null, 0, null]);
    expect(rows[14]).toEqual(['街道合计', null, '合计', 4, 2, 0.5, 2, 0.5, 0, 0, 0, 0]);
    expect(sheet['F5']).toMatchObject({ t: 'n', z: '0.0%' });
  });

  it('lists each estate with its status that day', () => {
    const list = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['各小区状态']!, { header: 1, defval: null });
    expect(list[2]?.slice(0, 6)).toEqual(['序号', '社区', '小区名称', '类别', '业委会状态', '届次']);
    expect(list.slice(3).map((r) => [r[2], r[4], r[5]])).toEqual([
      ['锦绣花园', '备案逾期', '第2届'],
      ['机关宿舍', '未组建', null],
      ['老街小区', '已选举未备案', '第1届'],
      ['新村', '未组建', null],
    ]);
  });
});
