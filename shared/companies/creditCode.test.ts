import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCreditCode, creditCodeCheckCharacter } from './creditCode';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const toFullWidth = (text: string) => [...text].map((ch) => String.fromCodePoint(ch.codePointAt(0)! + 0xfee0)).join('');

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts codes printed on real licences', () => {
    // The standard's own example, and two published codes of large companies.
    for (const code of ['91350100M000100Y43', '91110000600037341L', '9144030071526726XG']) expect(checkCreditCode(code)).toEqual({ ok: true, code });
  });

  it('reads lower case, full-width forms and blanks as the code they spell, and stores it printed', () => {
    expect(checkCreditCode('91350100m000100y43')).toEqual({ ok: true, code: '91350100M000100Y43' });
    expect(checkCreditCode(toFullWidth('91350100M000100Y43'))).toEqual({ ok: true, code: '91350100M000100Y43' });
    expect(checkCreditCode(`${toFullWidth('913501')}00m000100ｙ43`)).toEqual({ ok: true, code: '91350100M000100Y43' });
    expect(checkCreditCode(' 9135 0100 M000 100Y43\u3000')).toEqual({ ok: true, code: '91350100M000100Y43' });
  });

  it('refuses a wrong check character, a wrong length and letters codes never use', () => {
    expect(checkCreditCode('91350100M000100Y44')).toMatchObject({ ok: false, reason: 'creditCodeCheckDigit' });
    expect(checkCreditCode('91350100m000100y4')).toMatchObject({ ok: false, reason: 'creditCodeLength' });
    expect(checkCreditCode('91350100M000100Y431')).toMatchObject({ ok: false, reason: 'creditCodeLength' });
    // O looks like 0 and I like 1: the standard leaves them (and S, V, Z) out.
    expect(checkCreditCode('91350100M0O0100Y43')).toMatchObject({ ok: false, reason: 'creditCodeCharacter' });
    expect(checkCreditCode('9135010OM000100Y43'.toLowerCase())).toMatchObject({ ok: false, reason: 'creditCodeCharacter' });
  });

  it('catches every single mistyped character of a valid code', () => {
    const body = fc.array(fc.constantFrom(...ALPHABET), { minLength: 17, maxLength: 17 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(body, fc.nat(17), fc.constantFrom(...ALPHABET), (first17, at, replacement) => {
        const code = first17 + creditCodeCheckCharacter(first17)!;
        expect(checkCreditCode(code).ok).toBe(true);
        expect(checkCreditCode(code.toLowerCase()).ok).toBe(true);
        fc.pre(code[at] !== replacement);
        const typo = code.slice(0, at) + replacement + code.slice(at + 1);
        expect(checkCreditCode(typo)).toMatchObject({ ok: false, reason: 'creditCodeCheckDigit' });
      }),
    );
  });
});
