import { parseNumber } from '../common/numbers';
import { cleanText, keptText, toHalfWidth } from '../common/text';
import { LEAVE_REASONS, MEETING_KINDS, MEMBER_ROLES, type LeaveReason, type MeetingKind, type MemberRole } from './types';

/**
 * The ways offices write the committee's fields in forms and district lists. Blank reads as
 * `null`; anything not recognised is refused (`undefined`), never guessed.
 */

// Matching data, not UI words: what clerks and offices write, read in every locale (issue 8).
const DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 as a number: enough for the 届 of any committee. */
function chineseNumber(text: string): number | undefined {
  const match = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === '') return undefined;
  const [, first, ten, last] = match;
  if (!ten) return first && !last ? DIGITS[first] : undefined;
  return (first ? (DIGITS[first] ?? 0) : 1) * 10 + (last ? (DIGITS[last] ?? 0) : 0);
}

/** 届次: 第二届, 第2届, 2, 二, "2届", a number cell. */
export function parseTermNumber(raw: unknown): number | null | undefined {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return Number.isInteger(raw) && raw >= 1 && raw <= 99 ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const text = cleanText(raw).replace(/\s+/g, '').replace(/^第/, '').replace(/(届)?(业主委员会|业委会)?$/, '');
  if (text === '') return null;
  if (/^\d+$/.test(text)) {
    const value = Number(text);
    return value >= 1 && value <= 99 ? value : undefined;
  }
  return chineseNumber(text);
}

function byLabel<T extends string>(codes: readonly T[], labels: Readonly<Record<string, T>>, raw: unknown): T | null | undefined {
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== 'string') return undefined;
  const text = cleanText(raw).replace(/\s+/g, '');
  if (text === '') return null;
  if ((codes as readonly string[]).includes(text)) return text as T;
  return labels[text];
}

const ROLE_LABELS: Readonly<Record<string, MemberRole>> = {
  主任: 'chair', 业委会主任: 'chair', 主任委员: 'chair', 业主委员会主任: 'chair',
  副主任: 'viceChair', 业委会副主任: 'viceChair', 副主任委员: 'viceChair', 业主委员会副主任: 'viceChair',
  委员: 'member', 成员: 'member', 业委会委员: 'member', 业主委员会委员: 'member',
};

export function parseMemberRole(raw: unknown): MemberRole | null | undefined {
  return byLabel(MEMBER_ROLES, ROLE_LABELS, raw);
}

const MEETING_LABELS: Readonly<Record<string, MeetingKind>> = {
  首次业主大会: 'first', 首次业主大会会议: 'first', 首次会议: 'first', 首次: 'first', 第一次业主大会: 'first',
  定期会议: 'regular', 定期: 'regular', 业主大会定期会议: 'regular',
  临时会议: 'extraordinary', 临时: 'extraordinary', 业主大会临时会议: 'extraordinary',
};

export function parseMeetingKind(raw: unknown): MeetingKind | null | undefined {
  return byLabel(MEETING_KINDS, MEETING_LABELS, raw);
}

const LEAVE_LABELS: Readonly<Record<string, LeaveReason>> = {
  辞职: 'resigned', 辞去职务: 'resigned', 主动辞职: 'resigned',
  罢免: 'removed', 被罢免: 'removed', 终止资格: 'removed', 免职: 'removed',
};

export function parseLeaveReason(raw: unknown): LeaveReason | null | undefined {
  return byLabel(LEAVE_REASONS, LEAVE_LABELS, raw);
}

/**
 * A share in per cent, 0 to 100: "67.5", "67.5%", "６７．５％", 67.5. A typed number is read as
 * per cent (what people type into a box labelled %); a spreadsheet's percentage cell, which
 * holds 0.675, is scaled by the importer that knows the cell's format.
 */
export function parsePercent(raw: unknown): number | null | undefined {
  if (raw === null || raw === undefined) return null;
  const text = typeof raw === 'string' ? toHalfWidth(raw).trim().replace(/[%％]$/, '') : raw;
  const parsed = parseNumber(text);
  if (!parsed.ok) return undefined;
  if (parsed.value === null) return null;
  return parsed.value >= 0 && parsed.value <= 100 ? parsed.value : undefined;
}

/** Names in one box or cell, separated the ways people separate them: 、，,；; and new lines. */
export function parseNameList(raw: unknown): string[] {
  if (raw === null || raw === undefined) return [];
  const items = Array.isArray(raw) ? raw.map(String) : String(raw).split(/[、,，;；\n\r]+/);
  return items.map(keptText).filter((name) => name !== '');
}
