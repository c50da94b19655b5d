import type { Inspection } from './inspection';
import type { NoticeEvent, RectificationNotice } from './notice';
import type { AcceptanceSurvey } from './survey';
import type { Complaint } from '../complaints';

/** What the timeline shows of a complaint about the estate. */
export type TimelineComplaint = Pick<Complaint, 'id' | 'number' | 'receivedOn' | 'category' | 'status'>;

/** One line of an estate's history: what happened on which day. */
export type TimelineEntry =
  | { readonly type: 'inspection'; readonly on: string; readonly inspection: Inspection }
  | { readonly type: 'noticeIssued'; readonly on: string; readonly notice: RectificationNotice }
  | { readonly type: 'noticeEvent'; readonly on: string; readonly notice: RectificationNotice; readonly event: NoticeEvent }
  | { readonly type: 'survey'; readonly on: string; readonly survey: AcceptanceSurvey }
  | { readonly type: 'complaint'; readonly on: string; readonly complaint: TimelineComplaint };

// Within one day: the complaint that led to the inspection, the inspection, the notice it led to, then what followed.
const SAME_DAY_ORDER: Readonly<Record<TimelineEntry['type'], number>> = { complaint: -1, inspection: 0, noticeIssued: 1, noticeEvent: 2, survey: 3 };

/** Complaints, inspections, notices with each step they went through, and surveys, newest first. */
export function estateTimeline(
  inspections: readonly Inspection[],
  notices: readonly RectificationNotice[],
  surveys: readonly AcceptanceSurvey[],
  complaints: readonly TimelineComplaint[] = [],
): TimelineEntry[] {
  const entries: { entry: TimelineEntry; seq: number }[] = [];
  const push = (entry: TimelineEntry) => entries.push({ entry, seq: entries.length });
  for (const inspection of inspections) push({ type: 'inspection', on: inspection.inspectedOn, inspection });
  for (const notice of notices) {
    push({ type: 'noticeIssued', on: notice.issuedOn, notice });
    for (const event of notice.events) push({ type: 'noticeEvent', on: event.on, notice, event });
  }
  for (const survey of surveys) push({ type: 'survey', on: survey.surveyedOn, survey });
  for (const complaint of complaints) push({ type: 'complaint', on: complaint.receivedOn, complaint });
  entries.sort(
    (a, b) =>
      (a.entry.on < b.entry.on ? 1 : a.entry.on > b.entry.on ? -1 : 0) ||
      SAME_DAY_ORDER[b.entry.type] - SAME_DAY_ORDER[a.entry.type] ||
      b.seq - a.seq,
  );
  return entries.map((e) => e.entry);
}
