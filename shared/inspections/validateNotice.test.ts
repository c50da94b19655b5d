import { describe, expect, it } from 'vitest';
import { domainMessages } from '../i18n/domain';
import { formatProblem } from '../i18n/format';
import { validateNotice } from './validateNotice';

const zh = domainMessages['zh-CN'];

describe('validateNotice', () => {
  it('reads a notice with its items, dropping blank lines', () => {
    const result = validateNotice({
      estateId: 'e1',
      inspectionId: 'i1',
      issuedOn: '2024-03-15',
      responsibleParty: ' 万科物业 ',
      items: [{ category: 'sanitation', text: '3 栋垃圾未清运' }, { category: 'other', text: '  ' }, { text: '消防通道堆物' }],
      deadline: '2024年3月22日',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        estateId: 'e1',
        inspectionId: 'i1',
        issuedOn: '2024-03-15',
        responsibleParty: '万科物业',
        items: [{ category: 'sanitation', text: '3 栋垃圾未清运' }, { category: 'other', text: '消防通道堆物' }],
        deadline: '2024-03-22',
      },
    });
  });

  it('allows a deadline on the issue day (立即整改) and no inspection', () => {
    const result = validateNotice({ estateId: 'e1', issuedOn: '2024-03-15', responsibleParty: 'X', items: [{ text: 'a' }], deadline: '2024-03-15' });
    expect(result.ok && result.value.inspectionId).toBeNull();
  });

  it('says what is wrong in Chinese', () => {
    const result = validateNotice({ estateId: 'e1', issuedOn: '2024-03-15', responsibleParty: '', items: [{ text: '' }], deadline: '2024-03-14' });
    expect(result.ok ? [] : result.problems.map((p) => formatProblem(p, zh))).toEqual([
      '责任单位：不能为空',
      '整改内容：至少写明一项整改内容',
      '整改期限：不能早于 2024-03-15',
    ]);
  });
});
