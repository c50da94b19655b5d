import { describe, it } from 'vitest';
import type { RecordMapping } from '../exchange/mapping';
import { expectNames } from '../exchange/testing/synonymCases';
import { inspectionsMapping } from './inspectionMapping';
import { noticeLedgerMapping } from './noticeMapping';

/** Column names as clerks write them, and the field each must feed: the synonyms are data, and each has its case here. */

describe('inspection log column names', () => {
  it('reads the columns of a community inspection log', () => {
    expectNames(inspectionsMapping as RecordMapping<unknown>, [
      ['巡查日期', 'inspectedOn'],
      ['检查日期(yyyy-MM-dd)', 'inspectedOn'],
      ['检查方式', 'kind'],
      ['巡查人员', 'inspectors'],
      ['发现问题', 'findings'],
      ['社区(居委会)', 'community'],
    ]);
  });
});

describe('notice ledger column names', () => {
  it('reads notices as clerks head them', () => {
    expectNames(noticeLedgerMapping as RecordMapping<unknown>, [
      ['整改通知书编号', 'number'],
      ['整改期限(yyyy-MM-dd)', 'deadline'],
    ]);
  });
});
