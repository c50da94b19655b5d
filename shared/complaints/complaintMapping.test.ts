import { describe, expect, it } from 'vitest';
import { complaintsMapping } from './complaintMapping';
import { formatComplaintNumber, parseComplaintNumber } from './complaintNumber';

const validate = (draft: Record<string, unknown>) => complaintsMapping.validate(draft);

describe('a complaint row', () => {
  it('reads a 12345 work order: date and time in one cell, the hotline’s deadline, status words as the hotline writes them', () => {
    const row = validate({ workOrderNumber: 'GD2024030100012', receivedOn: '2024-03-01 09:30', complainantName: '王小明', complainantPhone: '13800000001', content: '垃圾未清运', hotlineDeadline: '2024-03-08', status: '处理中', category: '卫生' });
    expect(row.ok).toBe(true);
    if (!row.ok) return;
    expect(row.value).toMatchObject({ channel: 'hotline', receivedOn: '2024-03-01', receivedAt: '09:30', status: 'handling', acceptedOn: '2024-03-01', category: 'sanitation', hotlineDeadline: '2024-03-08', community: '', estate: '' });
  });

  it('needs a number or a work-order number, and says which words it could not read', () => {
    const row = validate({ receivedOn: '2024-03-01', content: 'x', channel: '飞鸽传书', satisfaction: '还行吧' });
    expect(row.ok ? [] : row.problems.map((p) => [p.field, p.code])).toEqual([
      ['number', 'complaintNeedsNumber'],
      ['channel', 'unknownComplaintChannel'],
      ['satisfaction', 'unknownSatisfaction'],
    ]);
  });

  it('keeps a masked phone from overwriting the stored one, and compares it equal', () => {
    const stored = validate({ number: '投〔2024〕1号', receivedOn: '2024-03-01', content: 'x', complainantPhone: '13800000001', complainantName: '王小明' });
    const masked = validate({ number: '投〔2024〕1号', receivedOn: '2024-03-01', content: 'x', complainantPhone: '138****0001', complainantName: '王*明' });
    if (!stored.ok || !masked.ok) throw new Error('rows refused');
    for (const field of ['complainantPhone', 'complainantName']) {
      expect(complaintsMapping.fieldValue(masked.value, field)).toBe(complaintsMapping.fieldValue(stored.value, field));
    }
    expect(complaintsMapping.withFields(stored.value, masked.value, ['complainantPhone', 'complainantName']).complainantPhone).toBe('13800000001');
    expect(complaintsMapping.identity(masked.value).key).toBe(complaintsMapping.identity(stored.value).key);
  });
});

describe('complaint numbers', () => {
  it('are made from the pattern and read back to year and serial', () => {
    expect(formatComplaintNumber('投〔{year}〕{n}号', 2024, 12)).toBe('投〔2024〕12号');
    expect(parseComplaintNumber('投〔{year}〕{n}号', '投〔2024〕12号', 2023)).toEqual({ year: 2024, serial: 12 });
    expect(parseComplaintNumber('TS-{n}', 'TS-7', 2024)).toEqual({ year: 2024, serial: 7 });
    expect(parseComplaintNumber('投〔{year}〕{n}号', '万安社区第3号', 2024)).toBeNull();
  });
});
