/**
 * Column names as clerks write them, folded to one spelling for matching: "住户数（户）",
 * "住户数(户)", "住户数 " and "＊住户数" are all "住户数". Units in brackets are dropped
 * because they say what the column already says, and so are required markers ("(必填)") and
 * format hints ("(yyyy-MM-dd)"), which say how to fill the column, not what it holds; any other
 * bracketed text is kept (without the brackets), so "建筑面积（万㎡）" stays distinct from
 * "建筑面积" and can be matched, with its scale, on purpose.
 */

// Not 天 / 日 / 月: "整改期限（天）" holds a number of days, not the date 整改期限 holds.
const PLAIN_UNITS = new Set([
  // Matching data, not UI words: what clerks and offices write, read in every locale (issue 8).
  '户', '个', '栋', '幢', '座', '处', '人', '次', '年', '元', '万元', '平方米', '平米', 'm2', '㎡', 'm²', '套', '间', '辆', '名',
]);

// What a template says about filling a column in: 必填, 选填, 非必填, 必选, 可选, 必须填写.
const FILL_MARKER = /^(必填|选填|非必填|必选|可选|必须填写|必填项|选填项)$/;
// Date and time patterns (yyyy-MM-dd, 年-月-日, YYYY/MM/DD, hh:mm) and "格式：…" / "如：…" hints.
const FORMAT_HINT = /^([ymdhs年月日时分秒\-/.:：\s]+|(格式|如|例|例如)[:：].*)$/i;

function dropsInBrackets(inner: string): boolean {
  const compact = inner.replace(/\s/g, '');
  return PLAIN_UNITS.has(compact.toLowerCase()) || FILL_MARKER.test(compact) || FORMAT_HINT.test(compact);
}

const BRACKETS = /[([【〔]([^)\]】〕]*)[)\]】〕]/g;
// Required-field stars, list markers and joiners that carry no meaning in a column name.
const NOISE = /[\s*＊※△▲·・•:：_\-—/\\、.。]/g;

export function foldHeader(text: string): string {
  const nfkc = text.normalize('NFKC');
  return nfkc
    .replace(BRACKETS, (_, inner: string) => (dropsInBrackets(inner) ? '' : inner))
    .replace(NOISE, '')
    .toLowerCase();
}
