import { parseDate } from '../common/dates';
import { parseNumber } from '../common/numbers';
import { problemOf, type Problem, type ProblemArgs, type ProblemCode } from '../common/problem';
import { keptParagraph, keptText, toHalfWidth } from '../common/text';
import { NAME_MAX_LENGTH, TEXT_MAX_LENGTH } from '../estates';

/**
 * Collects the problems of one record while each field is read, so a form or an import row
 * hears every reason at once instead of one per attempt.
 */
export class Problems {
  readonly list: Problem[] = [];

  add<C extends ProblemCode>(field: string, code: C, ...params: ProblemArgs<C>): void {
    this.list.push(problemOf(field, code, ...params));
  }

  text(field: string, raw: unknown, options: { required?: boolean; max?: number } = {}): string {
    const value = raw === null || raw === undefined ? '' : keptText(String(raw));
    if (options.required && value === '') this.add(field, 'required');
    const max = options.max ?? TEXT_MAX_LENGTH;
    if (value.length > max) this.add(field, 'tooLong', { max });
    return value;
  }

  /** Multi-line text (findings, items): as typed, line breaks kept, only the ends trimmed. */
  paragraph(field: string, raw: unknown, options: { required?: boolean; max?: number } = {}): string {
    const value = raw === null || raw === undefined ? '' : keptParagraph(String(raw));
    if (options.required && value === '') this.add(field, 'required');
    const max = options.max ?? TEXT_MAX_LENGTH;
    if (value.length > max) this.add(field, 'tooLong', { max });
    return value;
  }

  /** An ISO date from a form value, an ISO string, Chinese text or an Excel serial. */
  date(field: string, raw: unknown, options: { required?: boolean } = {}): string | null {
    const parsed = parseDate(raw);
    if (!parsed.ok) {
      this.add(field, 'notADate', { value: String(raw) });
      return null;
    }
    if (parsed.value === null && options.required) this.add(field, 'required');
    return parsed.value;
  }

  /** A number in [min, max], blank allowed unless required. */
  numberIn(field: string, raw: unknown, min: number, max: number, options: { required?: boolean; whole?: boolean } = {}): number | null {
    const parsed = parseNumber(raw);
    if (!parsed.ok) {
      this.add(field, 'notANumber');
      return null;
    }
    if (parsed.value === null) {
      if (options.required) this.add(field, 'required');
      return null;
    }
    if (options.whole && !Number.isInteger(parsed.value)) {
      this.add(field, 'notWhole');
      return null;
    }
    if (parsed.value < min || parsed.value > max) {
      this.add(field, 'outOfRange', { min, max });
      return null;
    }
    return parsed.value;
  }

  result<T>(value: T): { ok: true; value: T } | { ok: false; problems: Problem[] } {
    return this.list.length > 0 ? { ok: false, problems: this.list } : { ok: true, value };
  }
}

const TIME = /^(\d{1,2})[:：.](\d{2})(?:[:：]\d{2})?$/;
const MINUTES_PER_DAY = 1440;

/**
 * A time of day as `HH:mm`: typed (9:30, ０９：３０, 9.30) or an Excel time (a fraction of a
 * day, or the fraction of a date-and-time serial). Blank is ''.
 */
export function parseTimeOfDay(raw: unknown): { ok: true; value: string } | { ok: false } {
  if (raw === null || raw === undefined) return { ok: true, value: '' };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw) || raw < 0) return { ok: false };
    const minutes = Math.round((raw - Math.floor(raw)) * MINUTES_PER_DAY) % MINUTES_PER_DAY;
    return { ok: true, value: `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}` };
  }
  if (typeof raw !== 'string') return { ok: false };
  const text = toHalfWidth(raw).trim();
  if (text === '') return { ok: true, value: '' };
  const match = TIME.exec(text);
  if (!match) return { ok: false };
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (hours > 23 || minutes > 59) return { ok: false };
  return { ok: true, value: `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}` };
}

export const MAX_INSPECTORS = 20;

/**
 * Inspectors as typed in one box or one cell: "张敏、李强", "张敏,李强", "张敏 李强", or a list.
 * A blank inside a name is padding ("张\u3000敏", the way forms align two-character names), not a
 * separator: a run is split at blanks only when every piece is a name of two or more characters.
 * Duplicates fold into one.
 */
export function splitNames(raw: unknown): string[] {
  const parts = Array.isArray(raw) ? raw.map((v) => String(v ?? '')) : raw === null || raw === undefined ? [] : String(raw).split(/[、,，;；/\\\n]+/);
  const names: string[] = [];
  for (const part of parts) {
    // Split and joined at blanks only: the name itself keeps the characters it was typed with.
    const pieces = part.split(/\s+/).filter((piece) => piece !== '');
    const separate = pieces.length > 1 && pieces.every((piece) => piece.length >= 2);
    for (const name of separate ? pieces : [pieces.join('')]) {
      if (name !== '' && !names.includes(name)) names.push(name);
    }
  }
  return names;
}

export function checkNames(problems: Problems, field: string, names: readonly string[], options: { required?: boolean } = {}): void {
  if (options.required && names.length === 0) problems.add(field, 'required');
  if (names.length > MAX_INSPECTORS) problems.add(field, 'tooMany', { max: MAX_INSPECTORS });
  if (names.some((n) => n.length > NAME_MAX_LENGTH)) problems.add(field, 'tooLong', { max: NAME_MAX_LENGTH });
}
