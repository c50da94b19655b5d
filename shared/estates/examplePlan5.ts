import type { CommunityFields } from './community';

/* The street office of plan 5 (牌楼街道, 2012), offered to a new user with an empty database. */

type Row = readonly [name: string, kind: CommunityFields['kind'], total: number, c1: number, c2: number, c3: number];

// "–" in the plan is a deliberate zero, so it is 0 here, not blank.
const PLAN5_ROWS: readonly Row[] = [
  // Data: the communities of the example plan, as the street's own plan names them.
  ['印盒石社区', 'community', 17, 1, 12, 4],
  ['观音岩社区', 'community', 19, 4, 5, 10],
  ['万安社区', 'community', 31, 2, 8, 21],
  ['石峰村', 'village', 1, 0, 0, 1],
  ['太平社区', 'community', 30, 5, 9, 16],
  ['大河沟社区', 'community', 20, 3, 3, 4],
  ['搭马桥社区', 'community', 29, 0, 8, 21],
  ['袁家墩社区', 'community', 21, 4, 6, 11],
  ['牌楼社区', 'community', 8, 2, 4, 2],
];

export const PLAN5_COMMUNITIES: readonly CommunityFields[] = PLAN5_ROWS.map(([name, kind, total, class1, class2, class3]) => ({
  name,
  kind,
  director: '',
  phone: '',
  planned: { total, class1, class2, class3 },
}));
