import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maskName, maskPhone, maskPhonesIn, personalAs } from './masking';

describe('masking personal details', () => {
  it('keeps the first three and last four digits of a mobile, hides the rest', () => {
    expect(maskPhone('13800000001')).toBe('138****0001');
    expect(maskPhone('138-0000-0001')).toBe('138****0001');
    expect(maskPhone('023-6288 1234')).toBe('023****1234');
    expect(maskPhone('62881234')).toBe('6*****34');
    expect(maskPhone('')).toBe('');
  });

  it('masks names but their family name', () => {
    expect(maskName('王小明')).toBe('王*明');
    expect(maskName('李强')).toBe('李*');
    expect(maskName('欧阳小小')).toBe('欧**小');
  });

  it('masks phones inside free text, leaving the rest as typed', () => {
    expect(maskPhonesIn('3栋 2单元，电话13800000001（晚上）')).toBe('3栋 2单元，电话138****0001（晚上）');
    expect(maskPhonesIn('座机 023-62881234')).toBe('座机 023****1234');
    expect(maskPhonesIn('12栋301')).toBe('12栋301');
  });

  it('never lets a mobile number through: no seven of its digits in a row survive', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^1[3-9][0-9]{9}$/), (phone) => {
        const masked = maskPhone(phone);
        expect(masked).not.toContain(phone.slice(3, 7));
        expect(personalAs({ complainantName: '王小明', complainantPhone: phone, complainantAddress: `电话${phone}` }, 'masked').complainantAddress).not.toContain(phone);
      }),
    );
  });

  it('shows everything when the user chose to', () => {
    expect(personalAs({ complainantName: '王小明', complainantPhone: '13800000001', complainantAddress: 'x' }, 'shown').complainantPhone).toBe('13800000001');
  });
});
