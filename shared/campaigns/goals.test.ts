import { describe, expect, it } from 'vitest';
import { acceptedOn, goalProgress, type GoalFacts } from './goals';

const ten = Array.from({ length: 10 }, (_, i) => `e${i + 1}`);
const survey = (estateId: string, surveyedOn: string, satisfied: number) => ({ estateId, surveyedOn, createdAt: 1, surveyed: 20, satisfied, threshold: 0.85 });
const facts: GoalFacts = {
  estateIds: ten,
  meetings: [
    { estateId: 'e1', kind: 'first', heldOn: '2026-05-01' },
    { estateId: 'e1', kind: 'regular', heldOn: '2026-06-01' },
    { estateId: 'e2', kind: 'first', heldOn: '2026-05-03' },
    { estateId: 'elsewhere', kind: 'first', heldOn: '2026-05-03' },
  ],
  notices: [{ status: 'closed' }, { status: 'pending' }],
  // 17 of 20 is exactly 85 %: accepted; 16 of 20 is not; a later survey decides.
  surveys: [survey('e1', '2026-08-01', 17), survey('e2', '2026-08-01', 16), survey('e3', '2026-08-01', 16), survey('e3', '2026-08-20', 18)],
  returns: { received: 3, expected: 4 },
  tasks: { done: 0, of: 0 },
};

describe('goals measured from the ledger', () => {
  it('counts estates with an assembly, closed notices, accepted estates, filed returns and done tasks', () => {
    const progress = goalProgress(
      [
        { measure: 'assemblyHeld', targetPercent: 100 },
        { measure: 'noticesClosed', targetPercent: 100 },
        { measure: 'estatesAccepted', targetPercent: 85 },
        { measure: 'returnsFiled', targetPercent: 75 },
        { measure: 'tasksDone', targetPercent: 100 },
      ],
      facts,
    );
    expect(progress.map((g) => [g.measure, g.done, g.of, g.met])).toEqual([
      ['assemblyHeld', 2, 10, false],
      ['noticesClosed', 1, 2, false],
      ['estatesAccepted', 2, 10, false],
      ['returnsFiled', 3, 4, true],
      ['tasksDone', 0, 0, true],
    ]);
  });

  it('meets a target exactly at its share, in whole numbers', () => {
    const seventeen = { ...facts, estateIds: ten.slice(0, 2), surveys: [survey('e1', '2026-08-01', 17), survey('e2', '2026-08-01', 17)] };
    expect(goalProgress([{ measure: 'estatesAccepted', targetPercent: 100 }], seventeen)[0]?.met).toBe(true);
    expect(goalProgress([{ measure: 'returnsFiled', targetPercent: 76 }], facts)[0]?.met).toBe(false);
  });

  it('dates an estate’s acceptance by its first passing survey', () => {
    expect(acceptedOn([survey('e3', '2026-08-20', 18), survey('e3', '2026-08-01', 16)])).toBe('2026-08-20');
    expect(acceptedOn([survey('e3', '2026-08-01', 16)])).toBeNull();
  });
});
