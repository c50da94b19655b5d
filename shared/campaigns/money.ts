import { toHalfWidth } from '../common/text';

/**
 * Money in fen (分, integer hundredths of a yuan), never a float: 0.1 + 0.2 yuan must be 30 fen,
 * and a plan's 10万 must be exactly 5万 + 5万. Cells and forms are read as decimal text.
 */
export type Fen = number;

const FEN_PER_YUAN = 100;
const FEN_PER_WAN = 1_000_000;
/** 10亿 yuan: far above any estate's fund; a larger figure is a typo. */
export const MAX_FEN = 100_000_000_000;

const AMOUNT = /^([+-]?)(\d+)(?:\.(\d+))?\s*(万元|万|元)?$/;

/**
 * "100000", "100,000.00", "10万", "10万元", "１０万", 2.5 (a cell's number, in yuan) as fen;
 * blank as null; anything else, or a fraction of a fen, undefined.
 */
export function parseFen(raw: unknown): Fen | null | undefined {
  if (raw === null || raw === undefined) return null;
  const text = typeof raw === 'number' ? (Number.isFinite(raw) ? String(raw) : '') : typeof raw === 'string' ? toHalfWidth(raw).replace(/[,，\s]/g, '').replace(/^[¥￥]/, '') : '';
  if (text === '' && typeof raw === 'string' && raw.trim() === '') return null;
  const match = AMOUNT.exec(/e/i.test(text) ? '' : text);
  if (!match) return undefined;
  const [, sign, whole = '', fraction = '', unit] = match;
  const scale = unit === '万' || unit === '万元' ? FEN_PER_WAN : FEN_PER_YUAN;
  const digits = String(scale).length - 1;
  if (fraction.replace(/0+$/, '').length > digits) return undefined;
  const fen = Number(whole) * scale + Number((fraction + '0'.repeat(digits)).slice(0, digits) || '0');
  if (!Number.isSafeInteger(fen) || fen > MAX_FEN) return undefined;
  return sign === '-' ? -fen : fen;
}

/** Fen as yuan with two decimals and thousands separators: 100,000.00. */
export function formatYuan(fen: Fen): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / FEN_PER_YUAN);
  const cents = String(abs % FEN_PER_YUAN).padStart(2, '0');
  return `${sign}${yuan.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}

/** Fen as the yuan number a spreadsheet cell holds (exact to the fen in a double up to 2^53 fen). */
export function yuanOfFen(fen: Fen): number {
  return fen / FEN_PER_YUAN;
}

export function sumFen(amounts: readonly Fen[]): Fen {
  return amounts.reduce((sum, a) => sum + a, 0);
}
