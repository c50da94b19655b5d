import { describe, expect, it } from 'vitest';
import { estateTimeline, type TimelineEntry } from './timeline';
import { inspectionRow, noticeRow, surveyRow } from './testRows';

const label = (e: TimelineEntry) => `${e.on} ${e.type === 'noticeEvent' ? e.event.type : e.type}`;

describe('estateTimeline', () => {
  it('lists inspections, each step of each notice and surveys, newest first', () => {
    const notice = noticeRow({
      events: [
        { type: 'reported', on: '2024-03-20', note: '' },
        { type: 'rechecked', on: '2024-03-23', passed: true, note: '', newDeadline: null },
      ],
    });
    const entries = estateTimeline([inspectionRow(), inspectionRow({ id: 'i2', inspectedOn: '2024-04-02' })], [notice], [surveyRow()]);
    expect(entries.map(label)).toEqual([
      '2024-05-01 survey',
      '2024-04-02 inspection',
      '2024-03-23 rechecked',
      '2024-03-20 reported',
      '2024-03-15 noticeIssued',
      '2024-03-15 inspection',
    ]);
  });

  it('is empty for an estate with nothing recorded', () => {
    expect(estateTimeline([], [], [])).toEqual([]);
  });
});
