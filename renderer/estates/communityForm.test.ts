import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messagesFor } from '../../shared/i18n/catalogs';
import { mergeStaleSave } from '../components/testing/staleSave';
import { isStaleEdit } from '../db/staleEdit';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { openTestDb } from '../db/testing/testDb';
import { communityConflict, communityDraft, communityFormValues, type CommunityFormValues } from './communityForm';
import { createCommunity, updateCommunity } from './communityRepository';

let db: StreetLedgerDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const zh = messagesFor('zh-CN');
const save = (id: string, reasonRequiredFor: readonly ('name' | 'kind')[] = []) => ({ reason, ...values }: CommunityFormValues, edited: number) =>
  updateCommunity(db, id, communityDraft(values), { edited, reason, reasonRequiredFor });

describe('a stale community save', () => {
  it('lists both versions under the form’s labels and saves the fields chosen on the stored version', async () => {
    const community = await createCommunity(db, { name: '太平社区', director: '王芳' });
    const opened = communityFormValues(community);
    // Another tab saves first.
    await updateCommunity(db, community.id, { ...communityDraft(opened), director: '李强', kind: 'village' }, { edited: community.updatedAt });
    const mine = { ...opened, director: '赵敏', phone: '023-1234' };

    const { listed } = await mergeStaleSave({ view: communityConflict(zh), opened, version: community.updatedAt, mine, save: save(community.id), choose: { director: 'theirs' } });

    expect(listed).toEqual({
      kind: { label: '类型', changedBy: 'theirs', theirs: 'village', mine: 'community' },
      director: { label: '负责人', changedBy: 'both', theirs: '李强', mine: '赵敏' },
      phone: { label: '联系电话', changedBy: 'mine', theirs: '', mine: '023-1234' },
    });
    expect(communityConflict(zh).display?.('kind', 'village')).toBe('村');
    expect(await db.communities.get(community.id)).toMatchObject({ kind: 'village', director: '李强', phone: '023-1234', name: '太平社区' });
  });

  it('a merged save over yet another change is refused again, never written', async () => {
    const community = await createCommunity(db, { name: '太平社区' });
    const opened = communityFormValues(community);
    const first = await updateCommunity(db, community.id, { ...communityDraft(opened), director: '李强' }, { edited: community.updatedAt });
    let third: unknown;
    const saving = save(community.id);
    const merging = mergeStaleSave({
      view: communityConflict(zh),
      opened,
      version: community.updatedAt,
      mine: { ...opened, director: '赵敏' },
      // While the clerk reads the two versions, the other tab saves once more.
      save: async (values, edited) => {
        if (edited === first.updatedAt) third = await updateCommunity(db, community.id, { ...communityDraft(opened), phone: '110' }, { edited });
        return saving(values, edited);
      },
    });
    await expect(merging).rejects.toSatisfy(isStaleEdit);
    expect(await db.communities.get(community.id)).toEqual(third);
  });

  it('a merged change of a field that needs a reason still asks for one', async () => {
    const community = await createCommunity(db, { name: '太平社区' });
    const opened = communityFormValues(community);
    await updateCommunity(db, community.id, { ...communityDraft(opened), director: '李强' }, { edited: community.updatedAt });
    const merging = mergeStaleSave({ view: communityConflict(zh), opened, version: community.updatedAt, mine: { ...opened, name: '太平村', reason: '' }, save: save(community.id, ['name']) });
    await expect(merging).rejects.toMatchObject({ problems: [{ field: 'reason', code: 'reasonRequired' }] });
    expect(await db.communities.get(community.id)).toMatchObject({ name: '太平社区', director: '李强' });
  });
});
