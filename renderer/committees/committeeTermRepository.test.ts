import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Estate } from '../../shared/estates/estate';
import { createCommunity } from '../estates/communityRepository';
import {
  addCommitteeMember,
  createCommitteeTerm,
  deleteCommitteeMember,
  deleteCommitteeTerm,
  updateCommitteeMember,
  updateCommitteeTerm,
} from './committeeTermRepository';
import { createEstate } from '../estates/estateRepository';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { refusal } from '../db/testing/expectRefused';
import { hideRowsFrom } from '../db/testing/hideRows';
import { openTestDb } from '../db/testing/testDb';

const rules = { defaultTermYears: 5 };
let db: StreetLedgerDb;
let estate: Estate;
beforeEach(async () => {
  db = await openTestDb();
  const community = await createCommunity(db, { name: '太平社区' });
  estate = await createEstate(db, { communityId: community.id, name: '锦绣花园', households: 400 });
});
afterEach(() => db.close());

const codes = (problems: readonly { field: string; code: string }[]) => problems.map((p) => `${p.field}:${p.code}`);

describe('createCommitteeTerm', () => {
  it('stores a term with the default length from the rules and an empty roster', async () => {
    const term = await createCommitteeTerm(db, { estateId: estate.id, termNumber: '第一届', electedOn: '2024-03-01' }, rules);
    expect(term).toMatchObject({ termNumber: 1, electedOn: '2024-03-01', startOn: '2024-03-01', endOn: '2029-03-01', filedOn: null, members: [] });
    expect(await db.committeeTerms.get(term.id)).toEqual(term);
  });

  it('stores the roster given with it (an import), each member with an id', async () => {
    const term = await createCommitteeTerm(db, { estateId: estate.id, termNumber: 1, electedOn: '2024-03-01' }, rules, [
      { name: '王建国', role: '主任' },
      { name: '李梅', role: '委员' },
    ]);
    expect(term.members.map((m) => [m.name, m.role])).toEqual([['王建国', 'chair'], ['李梅', 'member']]);
    expect(new Set(term.members.map((m) => m.id)).size).toBe(2);
  });

  it('refuses a second chair in the roster and saves nothing', async () => {
    const problems = await refusal(
      createCommitteeTerm(db, { estateId: estate.id, termNumber: 1, electedOn: '2024-03-01' }, rules, [
        { name: '王建国', role: '主任' },
        { name: '李梅', role: '主任' },
      ]),
    );
    expect(problems).toEqual([{ field: 'role', code: 'twoChairs', params: { name: '王建国' } }]);
    expect(await db.committeeTerms.count()).toBe(0);
  });

  it('refuses a term number the estate already has', async () => {
    await createCommitteeTerm(db, { estateId: estate.id, termNumber: 1, electedOn: '2019-03-01' }, rules);
    const problems = await refusal(createCommitteeTerm(db, { estateId: estate.id, termNumber: '第一届', electedOn: '2024-03-01' }, rules));
    expect(problems).toEqual([{ field: 'termNumber', code: 'duplicateTermNumber', params: { termNumber: 1 } }]);
    expect(await db.committeeTerms.count()).toBe(1);
  });

  it('keeps the term number unique through the index even when the check sees nothing', async () => {
    await createCommitteeTerm(db, { estateId: estate.id, termNumber: 2, electedOn: '2019-03-01' }, rules);
    const show = await hideRowsFrom(db, 'committeeTerms');
    const problems = await refusal(createCommitteeTerm(db, { estateId: estate.id, termNumber: 2, electedOn: '2024-03-01' }, rules));
    await show();
    expect(codes(problems)).toEqual(['termNumber:duplicateTermNumber']);
    expect(await db.committeeTerms.count()).toBe(1);
  });

  it('refuses a term for an estate that does not exist', async () => {
    const problems = await refusal(createCommitteeTerm(db, { estateId: 'gone', termNumber: 1, electedOn: '2024-03-01' }, rules));
    expect(codes(problems)).toEqual(['estateId:unknownEstate']);
  });
});

describe('updateCommitteeTerm', () => {
  it('files a term: the date and number, nothing else changes', async () => {
    const term = await createCommitteeTerm(db, { estateId: estate.id, termNumber: 1, electedOn: '2024-03-01' }, rules);
    const filed = await updateCommitteeTerm(db, term.id, { filedOn: '2024-03-31', filingNumber: '太备〔2024〕3号' }, rules);
    expect(filed).toMatchObject({ ...term, filedOn: '2024-03-31', filingNumber: '太备〔2024〕3号', updatedAt: filed.updatedAt });
    expect(filed.updatedAt).toBeGreaterThan(term.updatedAt);
  });

  it('keeps an edited end, and re-derives it when cleared', async () => {
    const term = await createCommitteeTerm(db, { estateId: estate.id, termNumber: 1, electedOn: '2024-03-01', endOn: '2027-02-28' }, rules);
    expect((await updateCommitteeTerm(db, term.id, { notes: '换届提前' }, rules)).endOn).toBe('2027-02-28');
    expect((await updateCommitteeTerm(db, term.id, { endOn: null, termYears: 3 }, rules)).endOn).toBe('2027-03-01');
  });

  it('refuses moving the election after a by-election it already holds', async () => {
    const term = await createCommitteeTerm(db, { estateId: estate.id, termNumber: 1, electedOn: '2024-03-01' }, rules);
    await addCommitteeMember(db, term.id, { name: '赵', role: '委员', joinedOn: '2024-06-01' });
    const problems = await refusal(updateCommitteeTerm(db, term.id, { electedOn: '2024-07-01', startOn: '2024-07-01' }, rules));
    expect(problems).toEqual([{ field: 'electedOn', code: 'memberOutsideTerm', params: { name: '赵' } }]);
    expect((await db.committeeTerms.get(term.id))?.electedOn).toBe('2024-03-01');
  });

  it('refuses taking a number another term has', async () => {
    await createCommitteeTerm(db, { estateId: estate.id, termNumber: 1, electedOn: '2019-03-01' }, rules);
    const second = await createCommitteeTerm(db, { estateId: estate.id, termNumber: 2, electedOn: '2024-03-01' }, rules);
    expect(codes(await refusal(updateCommitteeTerm(db, second.id, { termNumber: 1 }, rules)))).toEqual(['termNumber:duplicateTermNumber']);
  });

  it('refuses a term that was deleted meanwhile', async () => {
    const term = await createCommitteeTerm(db, { estateId: estate.id, termNumber: 1, electedOn: '2024-03-01' }, rules);
    await deleteCommitteeTerm(db, term.id);
    expect(codes(await refusal(updateCommitteeTerm(db, term.id, { notes: 'x' }, rules)))).toEqual(['term:notFound']);
  });
});

describe('the roster', () => {
  it('elects five, records a resignation and a by-election of a new chair', async () => {
    const term = await createCommitteeTerm(db, { estateId: estate.id, termNumber: 1, electedOn: '2024-03-01' }, rules);
    const chair = await addCommitteeMember(db, term.id, { name: '王建国', role: '主任', phone: '13800000001', building: '1栋', room: '101' });
    for (const name of ['李梅', '张伟', '刘洋', '陈静']) await addCommitteeMember(db, term.id, { name, role: name === '李梅' ? '副主任' : '委员' });
    // The new chair cannot start while the old one still sits.
    expect(codes(await refusal(addCommitteeMember(db, term.id, { name: '赵强', role: '主任', joinedOn: '2025-01-10' })))).toEqual(['role:twoChairs']);
    await updateCommitteeMember(db, term.id, chair.id, { leftOn: '2025-01-10', leftReason: '辞职' });
    const successor = await addCommitteeMember(db, term.id, { name: '赵强', role: '主任', joinedOn: '2025-01-10' });
    const stored = await db.committeeTerms.get(term.id);
    expect(stored?.members.map((m) => m.name)).toEqual(['王建国', '李梅', '张伟', '刘洋', '陈静', '赵强']);
    expect(stored?.members[0]).toMatchObject({ leftOn: '2025-01-10', leftReason: 'resigned', phone: '13800000001' });
    expect(stored?.members[5]).toEqual(successor);
  });

  it('refuses a by-election outside the term and a member with no name, changing nothing', async () => {
    const term = await createCommitteeTerm(db, { estateId: estate.id, termNumber: 1, electedOn: '2024-03-01' }, rules);
    expect(codes(await refusal(addCommitteeMember(db, term.id, { name: '赵', role: '委员', joinedOn: '2029-03-02' })))).toEqual(['joinedOn:dateTooLate']);
    expect(codes(await refusal(addCommitteeMember(db, term.id, { role: '委员' })))).toEqual(['name:required']);
    expect((await db.committeeTerms.get(term.id))?.members).toEqual([]);
  });

  it('deletes a member entered by mistake, and refuses one that is not there', async () => {
    const term = await createCommitteeTerm(db, { estateId: estate.id, termNumber: 1, electedOn: '2024-03-01' }, rules);
    const member = await addCommitteeMember(db, term.id, { name: '王', role: '委员' });
    await deleteCommitteeMember(db, term.id, member.id);
    expect((await db.committeeTerms.get(term.id))?.members).toEqual([]);
    expect(codes(await refusal(deleteCommitteeMember(db, term.id, member.id)))).toEqual(['member:notFound']);
    expect(codes(await refusal(updateCommitteeMember(db, term.id, member.id, { name: '李' })))).toEqual(['member:notFound']);
  });
});
