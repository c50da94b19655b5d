import { parseDate } from './dates';
import { parseNumber } from './numbers';
import { problemOf, type Problem, type ProblemArgs, type ProblemCode } from './problem';
import { keptParagraph, keptText } from './text';

/**
 * Collects the problems of one record while each of its fields is read, so a form or an import
 * row hears every reason at once instead of one per attempt. Text is kept as typed (only the ends
 * trimmed; a paragraph keeps its line breaks). Each domain says how long its texts may be.
 */
export class FieldProblems {
  readonly list: Problem[] = [];

  /** `textMax`: the longest text a field may hold unless the field says otherwise. */
  constructor(private readonly textMax: number) {}

  add<C extends ProblemCode>(field: string, code: C, ...params: ProblemArgs<C>): void {
    this.list.push(problemOf(field, code, ...params));
  }

  text(field: string, raw: unknown, options: { required?: boolean; max?: number; paragraph?: boolean } = {}): string {
    const typed = raw === null || raw === undefined ? '' : String(raw);
    const value = options.paragraph ? keptParagraph(typed) : keptText(typed);
    if (options.required && value === '') this.add(field, 'required');
    const max = options.max ?? this.textMax;
    if (value.length > max) this.add(field, 'tooLong', { max });
    return value;
  }

  /** Multi-line text (findings, items, notes): as typed, line breaks kept, only the ends trimmed. */
  paragraph(field: string, raw: unknown, options: { required?: boolean; max?: number } = {}): string {
    return this.text(field, raw, { ...options, paragraph: true });
  }

  /** An ISO date from a form value, an ISO string, Chinese text or an Excel serial; blank is null. */
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
