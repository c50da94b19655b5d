import { describe, it } from 'vitest';
import type { RecordMapping } from '../exchange/mapping';
import { expectNames } from '../exchange/testing/synonymCases';
import { committeeMembersMapping } from './memberMapping';

/** Column names as clerks write them, and the field each must feed: the synonyms are data, and each has its case here. */

describe('committee member column names', () => {
  it('reads members as clerks head them', () => {
    expectNames(committeeMembersMapping as RecordMapping<unknown>, [
      ['姓名(必填)', 'name'],
      ['职务', 'role'],
      ['居委会', 'community'],
    ]);
  });
});
