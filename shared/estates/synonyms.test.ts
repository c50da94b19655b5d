import { describe, expect, it } from 'vitest';
import { assignColumns } from '../exchange/columnMatch';
import { foldHeader } from '../exchange/headerFold';
import type { RecordMapping } from '../exchange/mapping';
import { expectNames } from '../exchange/testing/synonymCases';
import { communitiesMapping } from './communityMapping';
import { estatesMapping } from './estateMapping';

/** Column names as clerks write them, and the field each must feed: the synonyms are data, and each has its case here. */

describe('estate column names', () => {
  it('reads an estate template with required markers, format hints and 小区 / 物业 prefixes', () => {
    expectNames(estatesMapping as RecordMapping<unknown>, [
      ['小区名称(必填)', 'name'],
      ['小区地址(必填)', 'address'],
      ['所属社区(必填)', 'community'],
      ['*所属社区', 'community'],
      ['※小区名称', 'name'],
      ['小区物业公司(必填)', 'company'],
      ['小区物业公司（必填）', 'company'],
      ['小区自然栋数量', 'buildings'],
      ['小区总建筑面积', 'floorArea'],
      ['物业企业名称', 'company'],
      ['物业公司名称', 'company'],
      ['总户数', 'households'],
      ['住户数（户）', 'households'],
      ['总栋数', 'buildings'],
      ['栋数', 'buildings'],
      ['总面积', 'floorArea'],
      ['建筑面积（㎡）', 'floorArea'],
      ['社区(居委会)', 'community'],
      ['居委会', 'community'],
      ['小区分类', 'estateClass'],
      ['备注', 'notes'],
    ]);
  });

  it('leaves columns that only look alike unmapped', () => {
    expectNames(estatesMapping as RecordMapping<unknown>, [
      ['开发日期(yyyy-MM-dd)', null],
      ['地上车位数量', null],
      ['维修基金代收单位', null],
      ['占地面积', null],
    ]);
  });

  it('keeps the scale of an area given in 万㎡', () => {
    const [match] = assignColumns(estatesMapping as RecordMapping<unknown>, [[{ folded: foldHeader('建筑面积（万㎡）'), weight: 1 }]]);
    expect(match).toMatchObject({ field: 'floorArea', scale: 10_000 });
  });
});

describe('community column names', () => {
  it('reads community lists with 居委会 and 联系人', () => {
    expectNames(communitiesMapping as RecordMapping<unknown>, [
      ['社区名称', 'name'],
      ['社区(居委会)', 'name'],
      ['居委会', 'name'],
      ['联系人', 'director'],
      ['联系电话', 'phone'],
      ['规划数（个）', 'plannedTotal'],
    ]);
  });
});

