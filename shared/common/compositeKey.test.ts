import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compositeKey } from './compositeKey';

describe('compositeKey', () => {
  it('keeps parts apart that plain concatenation would merge', () => {
    expect(compositeKey('万安', '花园')).not.toBe(compositeKey('万安花', '园'));
    expect(compositeKey('万安花园', '')).not.toBe(compositeKey('', '万安花园'));
  });

  it('reads a missing part as an empty one, and a number as its digits', () => {
    expect(compositeKey('a', null)).toBe(compositeKey('a', ''));
    expect(compositeKey('a', 2)).toBe(compositeKey('a', '2'));
  });

  it('gives equal keys exactly for equal parts (text without the separator)', () => {
    const part = fc.string().filter((s) => !s.includes('\u0001'));
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 4 }), fc.array(part, { minLength: 1, maxLength: 4 }), (a, b) => {
        const sameParts = a.length === b.length && a.every((x, i) => x === b[i]);
        expect(compositeKey(...a) === compositeKey(...b)).toBe(sameParts);
      }),
    );
  });
});
