import type { Validated } from '../../shared/common/problem';
import { yearOf } from '../../shared/inspections/calendar';
import { NOTICE_STATUSES, OPEN_STATUSES, type NoticeProgress, type RectificationNotice } from '../../shared/inspections/notice';
import { noticeInRange, type NoticeDateField } from '../../shared/inspections/ledgerFilter';
import { formatNoticeNumber } from '../../shared/inspections/noticeNumber';
import {
  escalateNotice,
  recordRecheck,
  reportRectification,
  type EscalationDraft,
  type RecheckDraft,
  type ReportDraft,
} from '../../shared/inspections/noticeProgress';
import { validateNotice, type NoticeDraft } from '../../shared/inspections/validateNotice';
import { noticeNumberTaken, recordNotFound, unknownEstate } from './inspectionProblems';
import { guardUnique, refuse, validOrRefuse } from '../db/problems';
import { rowsOfEstates } from '../db/rowsOfEstates';
import { newId, type StreetLedgerDb } from '../db/StreetLedgerDb';
import { nextTimestamp } from '../db/timestamps';
import { assertEditedVersion } from '../db/staleEdit';

/*
 * Rectification notices. Numbering: the serial is the year's counter plus one, read and bumped
 * in the same rw transaction that stores the notice. IndexedDB runs rw transactions over the
 * same store one after the other, so two notices saved at once (two windows, a double click)
 * get two serials; the counter only counts up, so a deleted notice's number is never issued
 * again; and the unique [year+serial] index refuses a duplicate even from a writer that
 * bypassed the counter.
 */

/** The serial the next notice of `year` gets: after the counter and after any stored notice. */
async function nextSerial(db: StreetLedgerDb, year: number): Promise<number> {
  const counter = await db.noticeCounters.get(year);
  const highest = await db.notices.where('[year+serial]').between([year, 0], [year, Number.MAX_SAFE_INTEGER], true, true).last();
  return Math.max(counter?.last ?? 0, highest?.serial ?? 0) + 1;
}

/**
 * Issues a notice: validated, numbered from `pattern` (settings' noticeNumberPattern) in the
 * year of its issue date, stored as 待整改.
 */
export async function issueNotice(db: StreetLedgerDb, draft: NoticeDraft, pattern: string): Promise<RectificationNotice> {
  const fields = validOrRefuse(validateNotice(draft));
  const year = yearOf(fields.issuedOn);
  let number = '';
  return guardUnique(
    () =>
      db.transaction('rw', [db.estates, db.inspections, db.notices, db.noticeCounters], async () => {
        if (!(await db.estates.get(fields.estateId))) refuse(unknownEstate(fields.estateId));
        if (fields.inspectionId !== null) {
          const inspection = await db.inspections.get(fields.inspectionId);
          if (!inspection || inspection.estateId !== fields.estateId) refuse(recordNotFound('inspection'));
        }
        const serial = await nextSerial(db, year);
        number = formatNoticeNumber(pattern, year, serial);
        const at = nextTimestamp();
        const row: RectificationNotice = {
          ...fields,
          id: newId(),
          year,
          serial,
          number,
          status: 'pending',
          originalDeadline: fields.deadline,
          events: [],
          closedOn: null,
          createdAt: at,
          updatedAt: at,
        };
        await db.noticeCounters.put({ year, last: serial });
        await db.notices.add(row);
        return row;
      }),
    () => noticeNumberTaken(number),
  );
}

/** Runs one step of the status machine on the stored notice and stores the result. */
async function advance(db: StreetLedgerDb, id: string, step: (notice: NoticeProgress) => Validated<NoticeProgress>, edited?: number): Promise<RectificationNotice> {
  return db.transaction('rw', db.notices, async () => {
    const stored = await db.notices.get(id);
    if (!stored) return refuse(recordNotFound('notice'));
    // A step decided on the notice as shown (its deadline, its last report) is refused once it moved on.
    assertEditedVersion(stored, edited);
    const { status, deadline, events, closedOn } = validOrRefuse(step(stored));
    const row: RectificationNotice = { ...stored, status, deadline, events, closedOn, updatedAt: nextTimestamp(stored.updatedAt) };
    await db.notices.put(row);
    return row;
  });
}

export function reportNotice(db: StreetLedgerDb, id: string, draft: ReportDraft, edited?: number): Promise<RectificationNotice> {
  return advance(db, id, (notice) => reportRectification(notice, draft), edited);
}

export function recheckNotice(db: StreetLedgerDb, id: string, draft: RecheckDraft, edited?: number): Promise<RectificationNotice> {
  return advance(db, id, (notice) => recordRecheck(notice, draft), edited);
}

export function escalateNoticeRecord(db: StreetLedgerDb, id: string, draft: EscalationDraft, edited?: number): Promise<RectificationNotice> {
  return advance(db, id, (notice) => escalateNotice(notice, draft), edited);
}

/** Deletes a notice issued in error. Its number stays used: the counter does not go back. */
export async function deleteNotice(db: StreetLedgerDb, id: string): Promise<void> {
  await db.transaction('rw', db.notices, async () => {
    if (!(await db.notices.get(id))) refuse(recordNotFound('notice'));
    await db.notices.delete(id);
  });
}

export async function getNotice(db: StreetLedgerDb, id: string): Promise<RectificationNotice | undefined> {
  return db.notices.get(id);
}

export async function listNoticesOfEstate(db: StreetLedgerDb, estateId: string): Promise<RectificationNotice[]> {
  const rows = await db.notices.where('estateId').equals(estateId).toArray();
  return rows.sort((a, b) => b.year - a.year || b.serial - a.serial);
}

export async function listNoticesOfInspection(db: StreetLedgerDb, inspectionId: string): Promise<RectificationNotice[]> {
  const rows = await db.notices.where('inspectionId').equals(inspectionId).toArray();
  return rows.sort((a, b) => a.year - b.year || a.serial - b.serial);
}

export interface NoticeQuery {
  readonly from: string;
  readonly to: string;
  readonly estateIds: readonly string[] | null;
  /** Which day `from`–`to` bounds (issued, closed, deadline). */
  readonly dateField: NoticeDateField;
}

/**
 * The notices a ledger view needs, read through the estate index or the index of the day
 * asked for: issuedOn, closedOn, or the deadline inside [status+deadline] (one range per status).
 */
export async function queryNotices(db: StreetLedgerDb, query: NoticeQuery): Promise<RectificationNotice[]> {
  const { from, to, dateField } = query;
  const inRange = (n: RectificationNotice) => noticeInRange(n, dateField, query);
  if (query.estateIds !== null) {
    if (query.estateIds.length === 0) return [];
    return (await rowsOfEstates(db.notices, query.estateIds)).filter(inRange);
  }
  if (from === '' && to === '') return db.notices.toArray();
  const upper = to === '' ? '\uffff' : to;
  if (dateField === 'deadline') {
    const ranges = NOTICE_STATUSES.map((status) => db.notices.where('[status+deadline]').between([status, from], [status, upper], true, true).toArray());
    return (await Promise.all(ranges)).flat();
  }
  return db.notices.where(dateField).between(from, upper, true, true).toArray();
}

/**
 * Open notices whose deadline in force is before `today` (逾期), read from the index alone: one
 * `[status+deadline]` range per open status, all three read at once.
 */
function overdueRanges(db: StreetLedgerDb, today: string) {
  return OPEN_STATUSES.map((status) => db.notices.where('[status+deadline]').between([status, ''], [status, today], true, false));
}

export async function listOverdueNotices(db: StreetLedgerDb, today: string): Promise<RectificationNotice[]> {
  const rows = (await Promise.all(overdueRanges(db, today).map((range) => range.toArray()))).flat();
  return rows.sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : a.year - b.year || a.serial - b.serial));
}

export async function countOverdueNotices(db: StreetLedgerDb, today: string): Promise<number> {
  const counts = await Promise.all(overdueRanges(db, today).map((range) => range.count()));
  return counts.reduce((sum, n) => sum + n, 0);
}
