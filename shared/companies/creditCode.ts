import { toHalfWidth } from '../common/text';

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from 31 (digits and capitals without I O S V Z).
 * The 18th is a check character over the first 17, weighted 3^i mod 31. Clerks copy codes from
 * licences and WeChat, so lower case, full-width forms and blanks are read as the same code;
 * what is stored is the code in its printed form (upper case, half-width, no blanks).
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const LENGTH = 18;
const MODULUS = 31;

export type CreditCodeReason = 'creditCodeLength' | 'creditCodeCharacter' | 'creditCodeCheckDigit';

export type CheckedCreditCode =
  | { readonly ok: true; readonly code: string }
  | { readonly ok: false; readonly reason: CreditCodeReason; readonly code: string };

/** The code as printed: half-width, upper case, without blanks (the form clerks compare). */
export function printedCreditCode(raw: string): string {
  return toHalfWidth(raw).replace(/\s+/g, '').toUpperCase();
}

/** The check character the first 17 characters call for, or null if one is not in the alphabet. */
export function creditCodeCheckCharacter(first17: string): string | null {
  let sum = 0;
  let weight = 1;
  for (const ch of first17) {
    const value = ALPHABET.indexOf(ch);
    if (value < 0) return null;
    sum += value * weight;
    weight = (weight * 3) % MODULUS;
  }
  return ALPHABET[(MODULUS - (sum % MODULUS)) % MODULUS] ?? null;
}

export function checkCreditCode(raw: string): CheckedCreditCode {
  const code = printedCreditCode(raw);
  if (code.length !== LENGTH) return { ok: false, reason: 'creditCodeLength', code };
  if ([...code].some((ch) => !ALPHABET.includes(ch))) return { ok: false, reason: 'creditCodeCharacter', code };
  return creditCodeCheckCharacter(code.slice(0, LENGTH - 1)) === code[LENGTH - 1] ? { ok: true, code } : { ok: false, reason: 'creditCodeCheckDigit', code };
}
