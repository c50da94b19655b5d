import { FieldProblems } from '../common/fieldProblems';
import { keptText } from '../common/text';

/** Longest title, department or name a campaign record keeps; a typo of a pasted paragraph is refused. */
export const TITLE_MAX_LENGTH = 200;
/** Longest goal text or progress note. */
export const NOTE_MAX_LENGTH = 2000;

/**
 * Reads one campaign record's fields and collects every problem at once (see FieldProblems):
 * texts up to TITLE_MAX_LENGTH unless a field says otherwise, and lists of names.
 */
export class FieldReader extends FieldProblems {
  constructor() {
    super(TITLE_MAX_LENGTH);
  }

  /** A list of names: an array (a form) or one cell split at 、，,；; and line breaks. */
  names(field: string, raw: unknown): string[] {
    const parts = Array.isArray(raw) ? raw.map((v) => String(v ?? '')) : raw === null || raw === undefined ? [] : String(raw).split(/[、，,；;\n]/);
    const names = parts.map((p) => keptText(p)).filter((p) => p !== '');
    for (const name of names) if (name.length > TITLE_MAX_LENGTH) this.add(field, 'tooLong', { max: TITLE_MAX_LENGTH });
    return [...new Set(names)];
  }
}
