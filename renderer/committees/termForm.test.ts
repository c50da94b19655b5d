import dayjs from 'dayjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messagesFor } from '../../shared/i18n/catalogs';
import { mergeStaleSave } from '../components/testing/staleSave';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { openDbWithOneEstate } from '../estates/testing/oneEstate';
import { addCommitteeMember, createCommitteeTerm, updateCommitteeMember, updateCommitteeTerm } from './committeeTermRepository';
import { memberConflict, memberDraft, memberFormValues, type MemberFormValues } from './memberForm';
import { filingConflict, filingFormValues, termConflict, termDraft, termFormValues, type TermFormValues } from './termForm';

let db: StreetLedgerDb;
let estateId: string;
beforeEach(async () => {
  ({ db, estateId } = await openDbWithOneEstate());
});
afterEach(() => db.close());

const zh = messagesFor('zh-CN');
const rules = { defaultTermYears: 5 };

describe('a stale committee term save', () => {
  it('shows both versions, days as the pickers show them, and saves the merged fields on the stored version', async () => {
    const term = await createCommitteeTerm(db, { estateId, termNumber: 1, electedOn: '2024-03-01' }, rules);
    const opened = termFormValues(term, 2);
    await updateCommitteeTerm(db, term.id, { ...termDraft(estateId, opened), filedOn: '2024-04-01', filingNumber: '备-1' }, rules, { edited: term.updatedAt });
    const mine: TermFormValues = { ...opened, electedOn: dayjs('2024-02-28'), notes: '换届选举' };
    const save = ({ reason, ...values }: TermFormValues, edited: number) => updateCommitteeTerm(db, term.id, termDraft(estateId, values), rules, { edited, reason });

    const { listed } = await mergeStaleSave({ view: termConflict(zh), opened, version: term.updatedAt, mine, save });

    expect(Object.fromEntries(Object.entries(listed).map(([field, l]) => [field, [l.label, l.changedBy]]))).toEqual({
      electedOn: ['选举日期', 'mine'],
      filedOn: ['备案日期', 'theirs'],
      filingNumber: ['备案号', 'theirs'],
      notes: ['备注', 'mine'],
    });
    expect(await db.committeeTerms.get(term.id)).toMatchObject({ electedOn: '2024-02-28', notes: '换届选举', filedOn: '2024-04-01', filingNumber: '备-1' });
  });

  it('a filing over a correction of fields the filing does not show is saved without asking, and keeps both', async () => {
    const term = await createCommitteeTerm(db, { estateId, termNumber: 1, electedOn: '2024-03-01' }, rules);
    const opened = filingFormValues(term);
    await updateCommitteeTerm(db, term.id, { notes: '已核对' }, rules, { edited: term.updatedAt });
    const { asked } = await mergeStaleSave({
      view: filingConflict(zh),
      opened,
      version: term.updatedAt,
      mine: { filedOn: dayjs('2024-04-10'), filingNumber: '备-7' },
      save: (v, edited) => updateCommitteeTerm(db, term.id, { filedOn: v.filedOn?.format('YYYY-MM-DD') ?? null, filingNumber: v.filingNumber }, rules, { edited }),
    });
    expect(asked).toBe(false);
    expect(await db.committeeTerms.get(term.id)).toMatchObject({ notes: '已核对', filedOn: '2024-04-10', filingNumber: '备-7' });
  });
});

describe('a stale committee member save', () => {
  it('is stale when the roster moved, and merges the member’s fields by the clerk’s choice', async () => {
    const term = await createCommitteeTerm(db, { estateId, termNumber: 1, electedOn: '2024-03-01' }, rules);
    const member = await addCommitteeMember(db, term.id, { name: '李明', role: 'member' });
    const withMember = await db.committeeTerms.get(term.id);
    if (!withMember) throw new Error('term gone');
    const mode = { kind: 'edit', member } as const;
    const opened = memberFormValues(member);
    await updateCommitteeMember(db, term.id, member.id, { role: 'viceChair', phone: '138' }, { edited: withMember.updatedAt });
    const mine: MemberFormValues = { ...opened, phone: '139', building: '3' };
    const view = memberConflict(zh, mode);
    if (!view) throw new Error('an edited member has a conflict view');

    const { listed } = await mergeStaleSave({
      view,
      opened,
      version: withMember.updatedAt,
      mine,
      save: ({ reason, ...values }, edited) => updateCommitteeMember(db, term.id, member.id, memberDraft(values), { edited, reason }),
      choose: { phone: 'theirs' },
    });

    expect(listed).toMatchObject({ role: { label: '职务', changedBy: 'theirs' }, phone: { changedBy: 'both' }, building: { label: '楼栋', changedBy: 'mine' } });
    expect(view.display?.('role', 'viceChair')).toBe('副主任');
    expect((await db.committeeTerms.get(term.id))?.members).toEqual([{ ...member, role: 'viceChair', phone: '138', building: '3' }]);
  });

  it('another member corrected meanwhile changes nothing the form shows: the edit is saved on the stored roster without asking', async () => {
    const term = await createCommitteeTerm(db, { estateId, termNumber: 1, electedOn: '2024-03-01' }, rules);
    const member = await addCommitteeMember(db, term.id, { name: '李明', role: 'member' });
    const other = await addCommitteeMember(db, term.id, { name: '王芳', role: 'chair' });
    const opened = (await db.committeeTerms.get(term.id))!;
    await updateCommitteeMember(db, term.id, other.id, { phone: '137' }, { edited: opened.updatedAt });
    const view = memberConflict(zh, { kind: 'edit', member })!;
    const { asked } = await mergeStaleSave({
      view,
      opened: memberFormValues(member),
      version: opened.updatedAt,
      mine: { ...memberFormValues(member), room: '302' },
      save: ({ reason, ...values }, edited) => updateCommitteeMember(db, term.id, member.id, memberDraft(values), { edited, reason }),
    });
    expect(asked).toBe(false);
    expect((await db.committeeTerms.get(term.id))?.members).toEqual([{ ...member, room: '302' }, { ...other, phone: '137' }]);
  });

  it('has nothing to merge with once the member is gone from the term', () => {
    const view = memberConflict(zh, { kind: 'add' });
    expect(view).toBeUndefined();
    const member = { id: 'm1', name: '李明', role: 'member', phone: '', building: '', room: '', joinedOn: null, leftOn: null, leftReason: null } as const;
    expect(memberConflict(zh, { kind: 'edit', member })?.valuesOf({ members: [] } as never)).toBeUndefined();
  });
});
