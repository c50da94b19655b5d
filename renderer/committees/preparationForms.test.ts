import dayjs from 'dayjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messagesFor } from '../../shared/i18n/catalogs';
import { mergeStaleSave } from '../components/testing/staleSave';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { openDbWithOneEstate } from '../estates/testing/oneEstate';
import { createAssemblyMeeting, createPreparatoryGroup, updateAssemblyMeeting, updatePreparatoryGroup } from './committeePreparationRepository';
import { groupConflict, groupDraft, groupFormValues, meetingConflict, meetingDraft, meetingFormValues } from './preparationForms';

let db: StreetLedgerDb;
let estateId: string;
beforeEach(async () => {
  ({ db, estateId } = await openDbWithOneEstate());
});
afterEach(() => db.close());

const zh = messagesFor('zh-CN');

describe('stale saves of a preparatory group and an assembly meeting', () => {
  it('a group: the members as the form writes them, the stored representative kept', async () => {
    const group = await createPreparatoryGroup(db, { estateId, formedOn: '2024-01-10', members: '张三、李四' });
    const opened = groupFormValues(group, zh);
    await updatePreparatoryGroup(db, group.id, groupDraft(estateId, { ...opened, communityRepresentative: '刘主任' }), group.updatedAt);
    const { listed } = await mergeStaleSave({
      view: groupConflict(zh),
      opened,
      version: group.updatedAt,
      mine: { ...opened, members: '张三、李四、王五', formedOn: dayjs('2024-01-12') },
      save: (values, edited) => updatePreparatoryGroup(db, group.id, groupDraft(estateId, values), edited),
    });
    expect(Object.fromEntries(Object.entries(listed).map(([f, l]) => [f, [l.label, l.changedBy]]))).toEqual({ formedOn: ['成立日期', 'mine'], communityRepresentative: ['社区代表', 'theirs'], members: ['成员', 'mine'] });
    expect(await db.preparatoryGroups.get(group.id)).toMatchObject({ formedOn: '2024-01-12', members: ['张三', '李四', '王五'], communityRepresentative: '刘主任' });
  });

  it('a meeting: its kind by name, attendance chosen per field', async () => {
    const meeting = await createAssemblyMeeting(db, { estateId, kind: 'regular', heldOn: '2024-06-01', attendingOwners: 120 });
    const opened = meetingFormValues(meeting, 'regular');
    await updateAssemblyMeeting(db, meeting.id, meetingDraft(estateId, { ...opened, attendingOwners: '121', kind: 'extraordinary' }), meeting.updatedAt);
    const view = meetingConflict(zh);
    const { listed } = await mergeStaleSave({
      view,
      opened,
      version: meeting.updatedAt,
      mine: { ...opened, attendingOwners: '125', resolutions: '续聘物业' },
      save: (values, edited) => updateAssemblyMeeting(db, meeting.id, meetingDraft(estateId, values), edited),
      choose: { attendingOwners: 'mine' },
    });
    expect(Object.keys(listed)).toEqual(['kind', 'attendingOwners', 'resolutions']);
    expect(view.display?.('kind', 'extraordinary')).toBe('临时会议');
    expect(await db.assemblyMeetings.get(meeting.id)).toMatchObject({ kind: 'extraordinary', attendingOwners: 125, resolutions: '续聘物业' });
  });
});
