import { parseDate } from '../common/dates';
import { numberProblem, parseCount } from '../common/numbers';
import { problemOf, type Problem, type ProblemArgs, type ProblemCode, type ValueProblemCode } from '../common/problem';
import { keptParagraph, keptText } from '../common/text';
import { NAME_MAX_LENGTH, TEXT_MAX_LENGTH } from '../estates';

/**
 * Reads the raw fields of one draft and collects every problem, so a form or an import row
 * hears about all of them at once, each under its own field.
 */
export class FieldReader {
  readonly problems: Problem[] = [];

  constructor(private readonly draft: Readonly<Record<string, unknown>>) {}

  add<C extends ProblemCode>(field: string, code: C, ...params: ProblemArgs<C>): void {
    this.problems.push(problemOf(field, code, ...params));
  }

  raw(field: string): unknown {
    return this.draft[field];
  }

  /** An id the caller supplies (never typed by a person): missing is `required`. */
  id(field: string): string {
    const value = this.draft[field];
    if (typeof value === 'string' && value !== '') return value;
    this.add(field, 'required');
    return '';
  }

  text(field: string, options: { required?: boolean; max?: number } = {}): string {
    const raw = this.draft[field];
    const value = raw === null || raw === undefined ? '' : keptText(String(raw));
    if (options.required && value === '') this.add(field, 'required');
    const max = options.max ?? TEXT_MAX_LENGTH;
    if (value.length > max) this.add(field, 'tooLong', { max });
    return value;
  }

  name(field: string, required = false): string {
    return this.text(field, { required, max: NAME_MAX_LENGTH });
  }

  /** Multi-line text (resolutions, notes): inner new lines are kept, only the ends trimmed. */
  paragraph(field: string): string {
    const raw = this.draft[field];
    const value = raw === null || raw === undefined ? '' : keptParagraph(String(raw));
    if (value.length > TEXT_MAX_LENGTH) this.add(field, 'tooLong', { max: TEXT_MAX_LENGTH });
    return value;
  }

  date(field: string, required: true): string;
  date(field: string, required?: false): string | null;
  date(field: string, required = false): string | null {
    const raw = this.draft[field];
    const parsed = parseDate(raw);
    if (!parsed.ok) {
      this.add(field, 'notADate', { value: String(raw) });
      return required ? '' : null;
    }
    if (parsed.value === null && required) {
      this.add(field, 'required');
      return '';
    }
    return parsed.value;
  }

  count(field: string): number | null {
    const parsed = parseCount(this.draft[field]);
    if (parsed.ok) return parsed.value;
    this.problems.push(numberProblem(field, parsed));
    return null;
  }

  /** A value read by a parser that returns `undefined` for "not recognised". */
  parsed<T>(field: string, parse: (raw: unknown) => T | null | undefined, code: ValueProblemCode, required: boolean): T | null {
    const raw = this.draft[field];
    const value = parse(raw);
    if (value === undefined) {
      this.add(field, code, { value: String(raw) });
      return null;
    }
    if (value === null && required) this.add(field, 'required');
    return value;
  }

  result<T>(value: T): { ok: true; value: T } | { ok: false; problems: readonly Problem[] } {
    return this.problems.length > 0 ? { ok: false, problems: this.problems } : { ok: true, value };
  }
}
