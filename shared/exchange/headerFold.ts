/**
 * Column names as clerks write them, folded to one spelling for matching: "住户数（户）",
 * "住户数(户)", "住户数 " and "＊住户数" are all "住户数". Units in brackets are dropped
 * because they say what the column already says; any other bracketed text is kept (without the
 * brackets), so "建筑面积（万㎡）" stays distinct from "建筑面积" and can be matched, with its
 * scale, on purpose.
 */

const PLAIN_UNITS = new Set([
  '户', '个', '栋', '幢', '座', '处', '人', '次', '年', '元', '平方米', '平米', 'm2', '㎡', 'm²',
]);

const BRACKETS = /[([【〔]([^)\]】〕]*)[)\]】〕]/g;
// Required-field stars, list markers and joiners that carry no meaning in a column name.
const NOISE = /[\s*＊※△▲·・•:：_\-—/\\、.。]/g;

export function foldHeader(text: string): string {
  const nfkc = text.normalize('NFKC');
  return nfkc
    .replace(BRACKETS, (_, inner: string) => {
      const unit = inner.replace(/\s/g, '').toLowerCase();
      return PLAIN_UNITS.has(unit) ? '' : inner;
    })
    .replace(NOISE, '')
    .toLowerCase();
}
