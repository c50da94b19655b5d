import { z } from '../../shared/common/zod';
import { ESTATE_CLASS_CODES, MANAGEMENT_MODE_CODES } from '../../shared/estates';
import { COVERAGE_MEASURES } from '../../shared/committees';
import { INSPECTION_KINDS, NOTICE_DATE_FIELDS, SHOWN_STATUSES, SURVEY_OUTCOMES } from '../../shared/inspections';

/**
 * What a ledger is opened on from elsewhere (a chart's bar, a search hit): the filter to start
 * from and, for the inspection ledgers, the tab and the record to open. It rides in the hash
 * (#/estates?q=…), so the browser's back button returns to the chart.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** A list of codes of one vocabulary (numbers or strings alike). */
const codes = <C>(vocabulary: readonly C[]) => z.array(z.custom<C>((value) => vocabulary.some((code) => code === value))).max(vocabulary.length);

export const ledgerQuerySchema = z
  .object({
    communityIds: z.array(z.string().min(1)).max(500),
    /** The estate table's search text (a company found by search opens its estates). */
    text: z.string().max(200),
    classes: codes(ESTATE_CLASS_CODES),
    modes: codes(MANAGEMENT_MODE_CODES),
    /** Estates counting toward one coverage measure today (a coverage bar). */
    coverage: z.enum(COVERAGE_MEASURES),
    tab: z.enum(['inspections', 'notices', 'surveys']),
    kinds: codes(INSPECTION_KINDS),
    statuses: codes(SHOWN_STATUSES),
    outcomes: codes(SURVEY_OUTCOMES),
    from: isoDate,
    to: isoDate,
    /** Which date of a notice `from`–`to` bounds: issued (default), closed, or its deadline. */
    noticeDate: z.enum(NOTICE_DATE_FIELDS),
    notice: z.string().min(1),
    /** A complaint to open on the complaints page. */
    complaint: z.string().min(1),
  })
  .partial()
  .strict();

type ParsedQuery = z.output<typeof ledgerQuerySchema>;
/** Read-only all the way down: a route is a value. */
export type LedgerQuery = { readonly [K in keyof ParsedQuery]?: ParsedQuery[K] extends (infer C)[] | undefined ? readonly C[] : ParsedQuery[K] };

/** A query from the hash; anything malformed opens the ledger unfiltered rather than failing. */
export function parseLedgerQuery(text: string | null): LedgerQuery | undefined {
  if (text === null) return undefined;
  try {
    const parsed = ledgerQuerySchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
