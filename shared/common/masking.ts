/**
 * Personal data shown masked (138****0001, 张*丰): what every list, export and print of a
 * complainant, and every history line of such a field, shows unless the user chose otherwise.
 * The mask keeps enough to tell two callers apart on the phone without giving the number away.
 */

const MASK = '*';

/** Marks a value already masked: importing one never overwrites what is stored. */
export function looksMasked(value: string): boolean {
  return value.includes(MASK) || value.includes('＊');
}

/**
 * Phones: the first 3 and last 4 digits stay (138****0001); shorter numbers keep their last 2
 * (a landline extension, 6****21). Separators and text around the digits are dropped, so
 * nothing of the number can leak through them.
 */
export function maskPhone(phone: string): string {
  // Masking is idempotent: a masked number stays as it is.
  if (looksMasked(phone)) return phone.trim();
  const digits = phone.replace(/[^0-9０-９]/g, '');
  if (digits.length === 0) return phone.trim() === '' ? '' : MASK.repeat(4);
  if (digits.length >= 11) return `${digits.slice(0, 3)}${MASK.repeat(digits.length - 7)}${digits.slice(-4)}`;
  if (digits.length <= 2) return MASK.repeat(digits.length);
  return `${digits.slice(0, 1)}${MASK.repeat(digits.length - 3)}${digits.slice(-2)}`;
}

/** Names: the family name and, for three characters or more, the last one (张*丰, 李*, 欧阳**). */
export function maskName(name: string): string {
  if (looksMasked(name)) return name.trim();
  const chars = [...name.trim()];
  if (chars.length === 0) return '';
  if (chars.length === 1) return MASK;
  if (chars.length === 2) return `${chars[0]}${MASK}`;
  return `${chars[0]}${MASK.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** Each phone of a text (an address or a content may hold one) masked in place. */
export function maskPhonesIn(text: string): string {
  return text.replace(/(?<![0-9])(?:\+?86[-\s]?)?1[3-9][0-9](?:[-\s]?[0-9]){8}(?![0-9])|(?<![0-9])0[0-9]{2,3}-?[0-9]{7,8}(?![0-9])/g, (found) => maskPhone(found));
}
