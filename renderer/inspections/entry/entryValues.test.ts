import { describe, expect, it } from 'vitest';
import { validateInspection } from '../../../shared/inspections/validateInspection';
import { inspectionRow } from '../../../shared/inspections/testRows';
import { domainMessages } from '../../../shared/i18n/domain';
import { blankEntry, draftOf, entryOf, restoreEntry, restPass } from './entryValues';

const list = domainMessages['zh-CN'].list;

describe('entry form values', () => {
  it('starts from today, now and the last entry, every category 合格', () => {
    const blank = blankEntry('2024-03-15', '09:30', { estateId: 'e1', inspectors: ['张敏', '李强'] }, list);
    expect(blank).toMatchObject({ estateId: 'e1', inspectedOn: '2024-03-15', time: '09:30', inspectors: '张敏、李强', sanitation: 'pass', kind: 'patrol' });
    expect(blankEntry('2024-03-15', '09:30', null, list).estateId).toBeUndefined();
  });

  it('round-trips a stored inspection through the form', () => {
    const stored = inspectionRow({
      kind: 'assessment',
      inspectors: ['张敏', '李强'],
      categories: {
        ...inspectionRow().categories,
        sanitation: { result: 'problem', note: '垃圾未清运', mark: 60 },
        security: { result: 'pass', note: '', mark: null },
      },
      score: 88.5,
      findings: '总体较好',
    });
    const result = validateInspection(draftOf(entryOf(stored, list)));
    expect(result.ok && result.value).toEqual({
      estateId: stored.estateId,
      inspectedOn: stored.inspectedOn,
      time: stored.time,
      kind: stored.kind,
      inspectors: stored.inspectors,
      categories: stored.categories,
      score: stored.score,
      findings: stored.findings,
    });
  });

  it('drops category marks outside a 考评', () => {
    const values = { ...blankEntry('2024-03-15', '09:30', null, list), kind: 'spotCheck' as const, marks: { ...blankEntry('', '', null, list).marks, sanitation: '60' } };
    expect(draftOf(values).categories?.sanitation?.mark).toBeNull();
  });

  it('restores a stored draft field by field, ignoring what does not fit', () => {
    const blank = blankEntry('2024-03-15', '09:30', null, list);
    const restored = restoreEntry({ estateId: 'e9', kind: 'nonsense', sanitation: 'problem', greening: 42, notes: { sanitation: '3 栋垃圾', other: 7 }, findings: '东门' }, blank);
    expect(restored).toMatchObject({ estateId: 'e9', kind: 'patrol', sanitation: 'problem', greening: 'pass', findings: '东门' });
    expect(restored.notes).toEqual({ ...blank.notes, sanitation: '3 栋垃圾' });
    expect(restoreEntry('garbage', blank)).toEqual(blank);
  });

  it('sets every category but the problems to 合格', () => {
    const values = { ...blankEntry('2024-03-15', '09:30', null, list), sanitation: 'problem' as const, greening: 'notApplicable' as const };
    expect(restPass(values)).toEqual({ publicOrder: 'pass', sanitation: 'problem', security: 'pass', facilities: 'pass', greening: 'pass', other: 'pass' });
  });
});
