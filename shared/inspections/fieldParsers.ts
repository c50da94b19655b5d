import { FieldProblems } from '../common/fieldProblems';
import { toHalfWidth } from '../common/text';
import { NAME_MAX_LENGTH, TEXT_MAX_LENGTH } from '../estates';

/** The problems of an inspection, notice or survey being read (see FieldProblems): texts up to TEXT_MAX_LENGTH. */
export class Problems extends FieldProblems {
  constructor() {
    super(TEXT_MAX_LENGTH);
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
