import type { Table } from 'dexie';
import { compositeKey } from '../../shared/common/compositeKey';
import type { RecordDiff } from '../../shared/exchange/diff';
import { NO_DIFF } from '../../shared/exchange/exchangeDiff';
import type { ImportBatchEntry } from '../../shared/exchange/importBatch';
import type { KindContext, StoredLedger } from '../../shared/exchange/recordKind';
import { recordKind } from '../../shared/exchange/kinds';
import {
  noticeRowKey,
  noticeStepOfRow,
  parseNoticeNumber,
  progressOfCourse,
  yearOf,
  type NoticeLedgerRow,
  type NoticeStepRow,
  type RectificationNotice,
} from '../../shared/inspections';
import { DEFAULT_SETTINGS } from '../../shared/settings/settings';
import type { ImportUnit } from '../db/importCommit';
import { placeSteps } from '../db/importSteps';
import { refuse } from '../db/problems';
import { newId, type StreetLedgerDb } from '../db/StreetLedgerDb';
import { estateIdResolver } from '../estates';
import { noticeNumberTaken } from './inspectionProblems';

/*
 * Rectification notices of an import and their steps, as one undoable batch. A notice keeps the
 * number it comes with: its year and serial from the sheet (our own full workbook says them),
 * else read from the number by the office's pattern, and only a number of another register
 * (a district's ledger) gets the next serial of its year behind its printed number. Either way
 * the year's counter ends above every serial the import stored, so the app never issues one of
 * them again; a serial already held by another notice refuses the import. Steps go into their
 * notice's course in their place; a notice whose steps come without its row takes the status and
 * deadline its course leads to.
 */

function inspectionResolver(ledger: StoredLedger): (estateId: string, row: NoticeLedgerRow) => string | null {
  const ids = new Map(ledger.inspections.map((i) => [compositeKey(i.estateId, i.inspectedOn, i.time, i.kind), i.id]));
  return (estateId, row) => (row.inspection === null ? null : (ids.get(compositeKey(estateId, row.inspection.inspectedOn, row.inspection.time, row.inspection.kind)) ?? refuse({ field: 'inspection', code: 'notFound' })));
}

async function writeNotices(db: StreetLedgerDb, diff: RecordDiff<NoticeLedgerRow>, steps: RecordDiff<NoticeStepRow>, ledger: StoredLedger, at: number, context: KindContext): Promise<ImportBatchEntry[]> {
  const pattern = context.noticeNumberPattern ?? DEFAULT_SETTINGS.noticeNumberPattern;
  const estateIdOf = estateIdResolver(ledger.communities, ledger.estates);
  const inspectionIdOf = inspectionResolver(ledger);
  const taken = new Set(ledger.notices.map((n) => compositeKey(n.year, n.serial)));
  const counters = new Map<number, number>();
  const last = async (year: number) => counters.get(year) ?? (await db.noticeCounters.get(year))?.last ?? 0;
  const highestStored = (year: number) => ledger.notices.reduce((max, n) => (n.year === year ? Math.max(max, n.serial) : max), 0);

  // Numbered serials first, so a number-less row's next serial passes them all.
  const numbered = diff.added.map(({ value }) => {
    const issuedOn = value.issuedOn ?? refuse({ field: 'issuedOn', code: 'required' });
    const given = value.year !== null && value.serial !== null ? { year: value.year, serial: value.serial } : parseNoticeNumber(pattern, value.number, yearOf(issuedOn));
    return { value, issuedOn, given };
  });
  for (const { value, given } of numbered) {
    if (given === null) continue;
    if (taken.has(compositeKey(given.year, given.serial))) refuse(noticeNumberTaken(value.number));
    taken.add(compositeKey(given.year, given.serial));
    counters.set(given.year, Math.max(await last(given.year), given.serial));
  }
  const added: RectificationNotice[] = [];
  for (const { value, issuedOn, given } of numbered) {
    let numbering = given;
    if (numbering === null) {
      const year = yearOf(issuedOn);
      const serial = Math.max(await last(year), highestStored(year)) + 1;
      counters.set(year, serial);
      taken.add(compositeKey(year, serial));
      numbering = { year, serial };
    }
    const estateId = estateIdOf(value.community, value.estate);
    added.push({
      id: newId(),
      estateId,
      inspectionId: inspectionIdOf(estateId, value),
      issuedOn,
      responsibleParty: value.responsibleParty,
      items: value.items,
      deadline: value.deadline,
      originalDeadline: value.originalDeadline,
      status: value.status,
      events: [],
      closedOn: value.closedOn,
      ...numbering,
      number: value.number,
      createdAt: at,
      updatedAt: at,
    });
  }

  const storedById = new Map(ledger.notices.map((n) => [n.id, n]));
  const written = new Map<string, RectificationNotice>();
  for (const { id, value } of diff.changed) {
    const before = storedById.get(id);
    if (!before) continue;
    written.set(id, {
      ...before,
      inspectionId: inspectionIdOf(before.estateId, value),
      issuedOn: value.issuedOn ?? before.issuedOn,
      responsibleParty: value.responsibleParty,
      items: value.items,
      deadline: value.deadline,
      originalDeadline: value.originalDeadline,
      status: value.status,
      closedOn: value.closedOn,
      updatedAt: at,
    });
  }

  // Each step's notice by its estate and number: one this import adds, or a stored one.
  const byKey = new Map<string, RectificationNotice>();
  for (const { id, value } of recordKind('notices').store?.existing(ledger) ?? []) {
    const notice = written.get(id) ?? storedById.get(id);
    if (notice) byKey.set(noticeRowKey(value.community, value.estate, value.number), notice);
  }
  diff.added.forEach(({ value }, i) => byKey.set(noticeRowKey(value.community, value.estate, value.number), added[i]!));
  const courses = placeSteps(
    steps,
    (row) => {
      const notice = byKey.get(noticeRowKey(row.community, row.estate, row.number)) ?? refuse({ field: 'number', code: 'notFound' });
      return { id: notice.id, steps: notice.events };
    },
    (row) => noticeStepOfRow(row),
  );
  const addedIds = new Set(added.map((n) => n.id));
  for (const [id, events] of courses) {
    if (addedIds.has(id)) {
      const index = added.findIndex((n) => n.id === id);
      added[index] = { ...added[index]!, events };
    } else if (written.has(id)) {
      // Its row came too: the row says its status and deadline, the steps how it got there.
      written.set(id, { ...written.get(id)!, events });
    } else {
      // Steps alone: the notice's status and deadline follow from its course.
      const notice = storedById.get(id)!;
      const { status, deadline, closedOn } = progressOfCourse(notice, events);
      written.set(id, { ...notice, status, deadline, closedOn, events, updatedAt: at });
    }
  }

  await db.notices.bulkAdd(added);
  await db.notices.bulkPut([...written.values()]);
  for (const [year, serial] of counters) await db.noticeCounters.put({ year, last: Math.max(serial, await last(year)) });
  return [{ table: 'notices', added: added.map((n) => n.id), replaced: [...written.keys()].map((id) => storedById.get(id)!) }];
}

export const noticeImport: ImportUnit = {
  batch: 'notices',
  write: (db, diff, ledger, at, context) => writeNotices(db, diff.notices ?? NO_DIFF, diff.noticeSteps ?? NO_DIFF, ledger, at, context),
  alsoWrites: (db): readonly Table[] => [db.noticeCounters],
};
