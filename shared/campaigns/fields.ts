import { parseDate } from '../common/dates';
import { problemOf, type Problem, type ProblemArgs, type ProblemCode } from '../common/problem';
import { keptParagraph, keptText } from '../common/text';

/** Longest title, department or name a campaign record keeps; a typo of a pasted paragraph is refused. */
export const TITLE_MAX_LENGTH = 200;
/** Longest goal text or progress note. */
export const NOTE_MAX_LENGTH = 2000;

/**
 * Reads one campaign record's fields and collects every problem at once (a form or an import
 * row hears all its reasons together). Text is kept as typed: only the ends are trimmed.
 */
export class FieldReader {
  readonly problems: Problem[] = [];

  add<C extends ProblemCode>(field: string, code: C, ...params: ProblemArgs<C>): void {
    this.problems.push(problemOf(field, code, ...params));
  }

  text(field: string, raw: unknown, options: { required?: boolean; max?: number; paragraph?: boolean } = {}): string {
    const typed = raw === null || raw === undefined ? '' : String(raw);
    const value = options.paragraph ? keptParagraph(typed) : keptText(typed);
    if (options.required && value === '') this.add(field, 'required');
    const max = options.max ?? TITLE_MAX_LENGTH;
    if (value.length > max) this.add(field, 'tooLong', { max });
    return value;
  }

  /** An ISO date (form value, ISO text, Chinese text or an Excel serial already read); blank is null. */
  date(field: string, raw: unknown, options: { required?: boolean } = {}): string | null {
    const parsed = parseDate(raw);
    if (!parsed.ok) {
      this.add(field, 'notADate', { value: String(raw) });
      return null;
    }
    if (parsed.value === null && options.required) this.add(field, 'required');
    return parsed.value;
  }

  /** A list of names: an array (a form) or one cell split at 、，,；; and line breaks. */
  names(field: string, raw: unknown): string[] {
    const parts = Array.isArray(raw) ? raw.map((v) => String(v ?? '')) : raw === null || raw === undefined ? [] : String(raw).split(/[、，,；;\n]/);
    const names = parts.map((p) => keptText(p)).filter((p) => p !== '');
    for (const name of names) if (name.length > TITLE_MAX_LENGTH) this.add(field, 'tooLong', { max: TITLE_MAX_LENGTH });
    return [...new Set(names)];
  }

  result<T>(value: T): { ok: true; value: T } | { ok: false; problems: Problem[] } {
    return this.problems.length > 0 ? { ok: false, problems: this.problems } : { ok: true, value };
  }
}
