import { COMPLAINT_CATEGORIES, type Complaint, type ComplaintCategory } from './complaint';
import type { ComplaintRules } from './deadlineRules';
import { concludedOnTime, isComplaintOverdue } from './deadlines';

/**
 * The month's figures, in the coverage report's manner: what came in (received in the month),
 * what was concluded in it, how many of those kept both deadlines (on time %), and how the
 * callbacks of those went (satisfaction %: 满意 and 基本满意 of those asked), for the street, by
 * category and by community. Rates are null where there is nothing to divide by, never 0 %.
 */

export interface SummaryFigures {
  readonly received: number;
  readonly concluded: number;
  readonly onTime: number;
  /** Concluded complaints whose callback was answered, and of those 满意 or 基本满意. */
  readonly asked: number;
  readonly satisfied: number;
  /** Open and past their deadline at the month's end (or today, for the running month). */
  readonly overdue: number;
}

export interface SummaryLine extends SummaryFigures {
  readonly key: string;
}

export interface MonthlySummary {
  /** `YYYY-MM`. */
  readonly month: string;
  /** The day overdue is read on: the month's last day, or today within the month. */
  readonly asOf: string;
  readonly total: SummaryFigures;
  readonly byCategory: readonly (SummaryLine & { readonly key: ComplaintCategory })[];
  /** By community id ('' for complaints of no community), in the order given. */
  readonly byCommunity: readonly SummaryLine[];
}

type Rules = Pick<ComplaintRules, 'acceptDays' | 'concludeDays' | 'workingDays' | 'holidays' | 'workdays'>;

const EMPTY: SummaryFigures = { received: 0, concluded: 0, onTime: 0, asked: 0, satisfied: 0, overdue: 0 };

export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export function lastDayOfMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  const day = new Date(Date.UTC(year ?? 1970, m ?? 1, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

function add(into: Map<string, SummaryFigures>, key: string, part: Partial<SummaryFigures>): void {
  const was = into.get(key) ?? EMPTY;
  into.set(key, {
    received: was.received + (part.received ?? 0),
    concluded: was.concluded + (part.concluded ?? 0),
    onTime: was.onTime + (part.onTime ?? 0),
    asked: was.asked + (part.asked ?? 0),
    satisfied: was.satisfied + (part.satisfied ?? 0),
    overdue: was.overdue + (part.overdue ?? 0),
  });
}

/** `communityIds`: the street's communities in their order; others found are appended. */
export function monthlySummary(rows: readonly Complaint[], month: string, today: string, rules: Rules, communityIds: readonly string[]): MonthlySummary {
  const end = lastDayOfMonth(month);
  const asOf = today >= `${month}-01` && today < end ? today : end;
  const byCategory = new Map<string, SummaryFigures>();
  const byCommunity = new Map<string, SummaryFigures>(communityIds.map((id) => [id, EMPTY]));
  const total = new Map<string, SummaryFigures>();
  for (const c of rows) {
    const part: { -readonly [K in keyof SummaryFigures]?: number } = {};
    if (c.receivedOn.startsWith(month)) part.received = 1;
    if (c.status === 'concluded' && c.concludedOn?.startsWith(month)) {
      part.concluded = 1;
      if (concludedOnTime(c, rules)) part.onTime = 1;
      if (c.satisfaction !== null) {
        part.asked = 1;
        if (c.satisfaction !== 'unsatisfied') part.satisfied = 1;
      }
    }
    // As the month ended: received by then, not settled by then, and past the deadline.
    if (c.receivedOn <= asOf && isComplaintOverdue(asOfDay(c, asOf), asOf, rules)) part.overdue = 1;
    if (Object.keys(part).length === 0) continue;
    add(total, '', part);
    add(byCategory, c.category, part);
    add(byCommunity, c.communityId ?? '', part);
  }
  return {
    month,
    asOf,
    total: total.get('') ?? EMPTY,
    byCategory: COMPLAINT_CATEGORIES.flatMap((key) => {
      const figures = byCategory.get(key);
      return figures ? [{ key, ...figures }] : [];
    }),
    byCommunity: [...byCommunity].map(([key, figures]) => ({ key, ...figures })),
  };
}

/** The complaint as it stood on `day`: steps taken later are not yet taken. */
function asOfDay(c: Complaint, day: string): Complaint {
  if (c.concludedOn !== null && c.concludedOn <= day) return c;
  const rejected = c.status === 'rejected' && (c.events.length === 0 || c.events.some((e) => e.type === 'rejected' && e.on <= day));
  if (rejected) return c;
  const accepted = c.acceptedOn !== null && c.acceptedOn <= day;
  return { ...c, status: accepted ? 'handling' : 'received', acceptedOn: accepted ? c.acceptedOn : null, concludedOn: null };
}
