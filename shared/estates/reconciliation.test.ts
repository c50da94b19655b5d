import { describe, expect, it } from 'vitest';
import { domainMessages } from '../i18n/domain';
import { formatFinding } from '../i18n/format';
import { summariseByCommunity } from './classSummary';
import type { EstateClassCode } from './estateClass';
import { PLAN5_COMMUNITIES } from './examplePlan5';
import { reconcile, reconcileTable } from './reconciliation';

const zh = domainMessages['zh-CN'];
const communities = PLAN5_COMMUNITIES.map((c, i) => ({ ...c, id: `c${i}` }));

describe("plan 5's community × class table", () => {
  const table = reconcileTable(summariseByCommunity(communities, []));

  it('finds 大河沟社区 inconsistent: 3+3+4 = 10 ≠ 20', () => {
    const row = table.rows.find((r) => r.name === '大河沟社区');
    const planFindings = row?.findings.filter((f) => f.kind === 'planClassesDoNotAddUp') ?? [];
    expect(planFindings).toHaveLength(1);
    expect(formatFinding(planFindings[0]!, zh)).toBe('规划分类不平：3+3+4 = 10，与规划总数 20 不符');
  });

  it('finds no other community whose plan contradicts itself', () => {
    const inconsistent = table.rows.filter((r) => r.findings.some((f) => f.kind === 'planClassesDoNotAddUp'));
    expect(inconsistent.map((r) => r.name)).toEqual(['大河沟社区']);
  });

  it("sums the street's planned classes to 21 / 55 / 90 = 166 against 176", () => {
    expect(table.totals.planned).toEqual({ total: 176, class1: 21, class2: 55, class3: 90 });
    const finding = table.totals.findings.find((f) => f.kind === 'planClassesDoNotAddUp');
    expect(finding && formatFinding(finding, zh)).toBe('规划分类不平：21+55+90 = 166，与规划总数 176 不符');
  });

  it('marks an empty inventory as differing from every planned cell', () => {
    const row = table.rows.find((r) => r.name === '牌楼社区');
    expect(row?.findings.filter((f) => f.kind === 'inventoryDiffersFromPlan').map((f) => f.cell)).toEqual([
      'inventory.class1', 'inventory.class2', 'inventory.class3', 'inventory.total',
    ]);
  });
});

describe('reconcile', () => {
  it('finds nothing when the inventory matches a consistent plan', () => {
    const classes: EstateClassCode[] = [1, 2, 2, 3];
    const rows = summariseByCommunity(
      [{ id: 'a', name: 'A', planned: { total: 4, class1: 1, class2: 2, class3: 1 } }],
      classes.map((estateClass) => ({ communityId: 'a', estateClass })),
    );
    expect(rows[0]?.inventory).toEqual({ class1: 1, class2: 2, class3: 1, unclassified: 0, total: 4 });
    expect(reconcile(rows[0]!.inventory, rows[0]!.planned)).toEqual([]);
  });

  it('does not compare blank planned cells, and counts unclassified estates only in the total', () => {
    const findings = reconcile(
      { class1: 1, class2: 0, class3: 0, unclassified: 1, total: 2 },
      { total: 2, class1: null, class2: null, class3: null },
    );
    expect(findings).toEqual([]);
  });

  it('ignores estates of communities not in the table', () => {
    const rows = summariseByCommunity([{ id: 'a', name: 'A', planned: { total: null, class1: null, class2: null, class3: null } }], [
      { communityId: 'zzz', estateClass: 1 },
    ]);
    expect(rows[0]?.inventory.total).toBe(0);
  });
});
