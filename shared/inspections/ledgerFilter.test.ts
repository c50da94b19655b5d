import { describe, expect, it } from 'vitest';
import { filterInspections, filterNotices, NO_INSPECTION_FILTER, NO_NOTICE_FILTER } from './ledgerFilter';
import { inspectionRow, noticeRow } from './testRows';

const communityOf = (estateId: string) => ({ e1: 'taiping', e2: 'pailou' } as Record<string, string>)[estateId];

describe('filterInspections', () => {
  const rows = [
    inspectionRow({ id: 'a', estateId: 'e1', inspectedOn: '2024-03-01', kind: 'patrol' }),
    inspectionRow({ id: 'b', estateId: 'e2', inspectedOn: '2024-03-10', kind: 'spotCheck' }),
    inspectionRow({ id: 'c', estateId: 'e1', inspectedOn: '2024-04-01', kind: 'spotCheck' }),
    inspectionRow({ id: 'd', estateId: 'gone', inspectedOn: '2024-04-02', kind: 'spotCheck' }),
  ];
  const ids = (filter = NO_INSPECTION_FILTER) => filterInspections(rows, filter, communityOf).map((i) => i.id);

  it('shows everything, newest first, with no filter', () => {
    expect(ids()).toEqual(['d', 'c', 'b', 'a']);
  });

  it('narrows by community, kind and an inclusive date range together', () => {
    expect(ids({ ...NO_INSPECTION_FILTER, communityIds: ['taiping'] })).toEqual(['c', 'a']);
    expect(ids({ ...NO_INSPECTION_FILTER, kinds: ['spotCheck'] })).toEqual(['d', 'c', 'b']);
    expect(ids({ ...NO_INSPECTION_FILTER, from: '2024-03-10', to: '2024-04-01' })).toEqual(['c', 'b']);
    expect(ids({ communityIds: ['taiping'], kinds: ['spotCheck'], from: '2024-03-01', to: '' })).toEqual(['c']);
  });
});

describe('filterNotices', () => {
  const rows = [
    noticeRow({ id: 'n1', serial: 1, estateId: 'e1', deadline: '2024-03-22' }),
    noticeRow({ id: 'n2', serial: 2, estateId: 'e2', deadline: '2024-04-30' }),
    noticeRow({ id: 'n3', serial: 3, estateId: 'e1', deadline: '2024-03-22', status: 'closed', closedOn: '2024-03-21' }),
    noticeRow({ id: 'n4', serial: 1, year: 2023, issuedOn: '2023-12-01', estateId: 'e1', deadline: '2023-12-10', status: 'reported' }),
  ];
  const ids = (filter = NO_NOTICE_FILTER, today = '2024-04-01') => filterNotices(rows, filter, communityOf, today).map((n) => n.id);

  it('orders by year and serial, newest first', () => {
    expect(ids()).toEqual(['n3', 'n2', 'n1', 'n4']);
  });

  it('filters by status as shown today, 逾期 included', () => {
    expect(ids({ ...NO_NOTICE_FILTER, statuses: ['overdue'] })).toEqual(['n1', 'n4']);
    expect(ids({ ...NO_NOTICE_FILTER, statuses: ['overdue'] }, '2024-03-20')).toEqual(['n4']);
    expect(ids({ ...NO_NOTICE_FILTER, statuses: ['pending'] }, '2024-03-20')).toEqual(['n2', 'n1']);
    expect(ids({ ...NO_NOTICE_FILTER, statuses: ['closed'] })).toEqual(['n3']);
  });

  it('filters by community and issue date', () => {
    expect(ids({ ...NO_NOTICE_FILTER, communityIds: ['pailou'] })).toEqual(['n2']);
    expect(ids({ ...NO_NOTICE_FILTER, from: '2024-01-01' })).toEqual(['n3', 'n2', 'n1']);
  });
});
