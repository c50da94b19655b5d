import { describe, expect, it } from 'vitest';
import { gbk } from '../../tests/fixtures/exchange/workbooks';
import { decodeText } from './csvDecode';
import { ExchangeError } from './errors';

const TEXT = '社区,小区名称\r\n印盒石社区,阳光花园\r\n';

function codeOf(bytes: Uint8Array): string {
  try {
    decodeText(bytes);
    return 'accepted';
  } catch (error) {
    return error instanceof ExchangeError ? error.code : 'crash';
  }
}

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const utf8 = new TextEncoder().encode(TEXT);
    expect(decodeText(utf8)).toEqual({ text: TEXT, encoding: 'utf-8', bom: false });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: TEXT, encoding: 'utf-8', bom: true });
  });

  it('reads GBK (GB18030) when the bytes are not UTF-8', () => {
    expect(decodeText(gbk(TEXT))).toEqual({ text: TEXT, encoding: 'gb18030', bom: false });
  });

  it('reads UTF-16 by its BOM, both byte orders', () => {
    const le = [0xff, 0xfe];
    const be = [0xfe, 0xff];
    for (const ch of TEXT) {
      const code = ch.charCodeAt(0);
      le.push(code & 0xff, code >> 8);
      be.push(code >> 8, code & 0xff);
    }
    expect(decodeText(new Uint8Array(le)).text).toBe(TEXT);
    expect(decodeText(new Uint8Array(be)).encoding).toBe('utf-16be');
  });

  it('refuses UTF-16 that lost its BOM, and binary data, as not text', () => {
    const noBom: number[] = [];
    for (const ch of 'abc,def\r\n') noBom.push(ch.charCodeAt(0), 0);
    expect(codeOf(new Uint8Array(noBom))).toBe('binaryText');
    expect(codeOf(new Uint8Array([0x41, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x41]))).toBe('binaryText');
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    expect(codeOf(new Uint8Array([0x41, 0x81, 0x20, 0x41, 0xff, 0xff]))).toBe('textNotDecodable');
  });
});
