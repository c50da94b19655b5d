import { dateCell } from '../committees';
import type { Community, Estate } from '../estates';
import type { ExistingRecord } from '../exchange/diff';
import { codeCell, numberCell, textCell } from '../exchange/export/cells';
import { placeByEstate, placedSheet } from '../exchange/export/placedTables';
import type { SheetSpec } from '../exchange/export/xlsxFile';
import type { RecordMapping } from '../exchange/mapping';
import type { Inspection } from './inspection';
import { inspectionMessages } from './messages';
import type { NoticeEvent, RectificationNotice } from './notice';
import { inspectionCell, itemsCell, type InspectionNamed } from './noticeCells';
import { noticeLedgerMapping, type NoticeLedgerRow } from './noticeMapping';
import { NOTICE_STEP_LABELS, noticeStepAsRow, noticeStepsMapping, type NoticeStepRow } from './noticeSteps';

/**
 * Rectification notices in the full workbook: 整改通知书 (one row per notice, with its number's
 * year and serial, inspection, items and deadlines) and 整改过程 (one row per step of each
 * notice's course). Headers are the mappings' canonical ones, so the import reads them back to
 * the same notices. Chinese whatever the UI language: this is the exchange format.
 */
export const NOTICE_SHEETS = { notices: '整改通知书', steps: '整改过程' } as const;

const zh = inspectionMessages['zh-CN'];

export interface NoticePlaces {
  readonly communities: readonly Community[];
  readonly estates: readonly Estate[];
  readonly inspections: readonly Inspection[];
  readonly notices: readonly RectificationNotice[];
}

function lastRecheck(events: readonly NoticeEvent[]): string | null {
  return events.findLast((e) => e.type === 'rechecked')?.on ?? null;
}

const byNumber = (n: RectificationNotice): string => `${String(n.year).padStart(4, '0')}${String(n.serial).padStart(9, '0')}`;

function inspectionsById(inspections: readonly Inspection[]): (id: string | null) => InspectionNamed | null {
  const byId = new Map(inspections.map((i) => [i.id, i]));
  return (id) => {
    const found = id === null ? undefined : byId.get(id);
    return found ? { inspectedOn: found.inspectedOn, time: found.time, kind: found.kind } : null;
  };
}

/** The stored notices as the rows their sheet gives, naming estate and inspection as a sheet would. */
export function existingNotices(ledger: NoticePlaces): ExistingRecord<NoticeLedgerRow>[] {
  const inspectionOf = inspectionsById(ledger.inspections);
  return placeByEstate(ledger, ledger.notices, byNumber).map(({ community, estate, record: n }) => ({
    id: n.id,
    value: {
      number: n.number, community, estate, responsibleParty: n.responsibleParty, issuedOn: n.issuedOn, deadline: n.deadline, status: n.status,
      recheckedOn: lastRecheck(n.events), year: n.year, serial: n.serial, inspection: inspectionOf(n.inspectionId), items: n.items,
      originalDeadline: n.originalDeadline, closedOn: n.closedOn,
    },
  }));
}

/** Each stored notice's steps as rows, in the order of its course; a step's id is its notice's and its place. */
export function existingNoticeSteps(ledger: NoticePlaces): ExistingRecord<NoticeStepRow>[] {
  return placeByEstate(ledger, ledger.notices, byNumber).flatMap(({ community, estate, record: n }) =>
    n.events.map((event, i) => ({ id: stepId(n.id, i + 1), value: noticeStepAsRow({ community, estate, number: n.number }, event, i + 1) })),
  );
}

/** A step's id: its parent's and its place in the course (what the import's write resolves back). */
export function stepId(parentId: string, order: number): string {
  return `${parentId}#${order}`;
}

export function noticeRecordSheet(ledger: NoticePlaces): SheetSpec {
  const inspectionOf = inspectionsById(ledger.inspections);
  return placedSheet(NOTICE_SHEETS.notices, noticeLedgerMapping as RecordMapping<unknown>, ledger, ledger.notices, byNumber, {
    number: (n) => codeCell(n.number),
    year: (n) => numberCell(n.year),
    serial: (n) => numberCell(n.serial),
    responsibleParty: (n) => textCell(n.responsibleParty),
    issuedOn: (n) => dateCell(n.issuedOn),
    inspection: (n) => textCell(inspectionCell(inspectionOf(n.inspectionId))),
    items: (n) => textCell(itemsCell(n.items)),
    originalDeadline: (n) => dateCell(n.originalDeadline),
    deadline: (n) => dateCell(n.deadline),
    status: (n) => textCell(zh.status[n.status]),
    closedOn: (n) => dateCell(n.closedOn),
  });
}

export function noticeStepSheet(ledger: NoticePlaces): SheetSpec {
  const header = noticeStepsMapping.fields.map((f) => textCell(f.synonyms[0]));
  const rows = existingNoticeSteps(ledger).map(({ value: s }) => [
    codeCell(s.number),
    textCell(s.community),
    textCell(s.estate),
    numberCell(s.order),
    textCell(NOTICE_STEP_LABELS[s.type]),
    dateCell(s.on),
    s.passed === null ? null : textCell(s.passed ? zh.report.passed : zh.report.failed),
    dateCell(s.newDeadline),
    s.escalation === null ? null : textCell(zh.escalation[s.escalation]),
    textCell(s.note),
  ]);
  return { name: NOTICE_SHEETS.steps, rows: [header, ...rows], freezeRows: 1 };
}
