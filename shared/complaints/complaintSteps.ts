import { compositeKey } from '../common/compositeKey';
import type { Problem, Validated } from '../common/problem';
import { cleanText, keptText, nameKey } from '../common/text';
import type { ExistingRecord } from '../exchange/diff';
import { codeCell, numberCell, textCell } from '../exchange/export/cells';
import type { SheetSpec } from '../exchange/export/xlsxFile';
import type { RecordMapping, RecordReference } from '../exchange/mapping';
import { dateCell } from '../committees';
import { Problems } from '../inspections';
import { COMPLAINT_EVENT_TYPES, FRESH_PROGRESS, SATISFACTIONS, type Complaint, type ComplaintEvent, type ComplaintEventType, type Satisfaction } from './complaint';
import type { ComplaintPlaces } from './complaintSheets';
import { maskPhonesIn, type PersonalView } from './masking';
import { maskedDiff, type MaskOf } from './maskedDiff';
import { complaintMessages } from './messages';
import { STEP_FROM, takeStep, type StepDraft } from './course';

/**
 * A complaint's course as rows of their own (投诉办理过程 in the full workbook): one row per step
 * (受理, 交办, 调解, 延期, 答复, 回访, 重新办理, 办结 …) with who recorded it and when, keyed by
 * the complaint's work-order or complaint number (as the 投诉件 sheet keys it) and the step's
 * place in its course. The moment a step was recorded is written in Beijing time to the
 * millisecond, so it reads back exactly. Phones inside a step's text are masked as the
 * complaint's own are, and a masked cell never overwrites the text it hides.
 */
export interface ComplaintStepRow {
  readonly number: string;
  readonly workOrderNumber: string;
  readonly order: number;
  readonly type: ComplaintEventType;
  readonly on: string;
  readonly by: string;
  readonly at: number;
  /** The step's own words: note, reason, reply or what a mediation agreed. */
  readonly text: string;
  readonly parties: string;
  /** The community a complaint was assigned to, by name; '' for none. */
  readonly community: string;
  readonly assignee: string;
  readonly days: number | null;
  readonly satisfaction: Satisfaction | null;
}

const zh = complaintMessages['zh-CN'];
const fold = (value: string): string => cleanText(value).replace(/\s+/g, '');

/** The complaint a row names, keyed as complaintsMapping keys it. */
export function complaintRowKey(value: { readonly number: string; readonly workOrderNumber: string }): string {
  return value.workOrderNumber !== '' ? compositeKey('workOrder', nameKey(value.workOrderNumber)) : compositeKey('number', nameKey(value.number));
}

const BEIJING_MS = 8 * 3600_000;

/** A moment as Beijing time, to the millisecond: 2024-05-07 10:30:12.345. */
export function momentCell(at: number): string {
  return new Date(at + BEIJING_MS).toISOString().replace('T', ' ').replace('Z', '');
}

function parseMoment(raw: unknown): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/.exec(String(raw ?? '').trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s, ms] = match;
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0), Number((ms ?? '0').padEnd(3, '0'))) - BEIJING_MS;
}

type Names = (communityId: string | null) => string;

export function complaintStepAsRow(complaint: Pick<Complaint, 'number' | 'workOrderNumber'>, event: ComplaintEvent, order: number, communityName: Names): ComplaintStepRow {
  const base = { number: complaint.number, workOrderNumber: complaint.workOrderNumber, order, type: event.type, on: event.on, by: event.by, at: event.at, text: '', parties: '', community: '', assignee: '', days: null, satisfaction: null };
  switch (event.type) {
    case 'accepted':
    case 'concluded':
      return { ...base, text: event.note };
    case 'rejected':
    case 'reopened':
      return { ...base, text: event.reason };
    case 'assigned':
      return { ...base, community: communityName(event.communityId), assignee: event.assignee };
    case 'mediated':
      return { ...base, parties: event.parties, text: event.agreed };
    case 'extended':
      return { ...base, days: event.days, text: event.reason };
    case 'replied':
      return { ...base, text: event.reply };
    case 'visited':
      return { ...base, satisfaction: event.satisfaction, text: event.note };
  }
}

/** The step a row stands for; `communityId` resolves the community it names. */
export function complaintStepOfRow(row: ComplaintStepRow, communityId: (name: string) => string | null): ComplaintEvent {
  const author = { by: row.by, at: row.at, on: row.on };
  switch (row.type) {
    case 'accepted':
    case 'concluded':
      return { ...author, type: row.type, note: row.text };
    case 'rejected':
    case 'reopened':
      return { ...author, type: row.type, reason: row.text };
    case 'assigned':
      return { ...author, type: 'assigned', communityId: row.community === '' ? null : communityId(row.community), assignee: row.assignee };
    case 'mediated':
      return { ...author, type: 'mediated', parties: row.parties, agreed: row.text };
    case 'extended':
      return { ...author, type: 'extended', days: row.days ?? 0, reason: row.text };
    case 'replied':
      return { ...author, type: 'replied', reply: row.text };
    case 'visited':
      return { ...author, type: 'visited', satisfaction: row.satisfaction ?? 'satisfied', note: row.text };
  }
}

/** Where each of a step's own words sits in its row. */
const ROW_FIELD: Readonly<Record<string, keyof ComplaintStepRow>> = { note: 'text', reason: 'text', agreed: 'text', reply: 'text' };

/**
 * What the course asks of this step's own fields (a mediation says what was agreed, an extension
 * its days and why, a callback the answer), as the clerk's form asks it, on the row's columns.
 * Where in the course it may stand is its complaint's matter, not the row's: it is taken here from
 * a complaint waiting for exactly this step.
 */
export function stepRowProblems(row: ComplaintStepRow): readonly Problem[] {
  const waiting = { ...FRESH_PROGRESS, status: STEP_FROM[row.type][0]!, satisfaction: 'unsatisfied' as const };
  const text = row.text;
  const draft: StepDraft = {
    on: row.on, note: text, reason: text, agreed: text, reply: text, parties: row.parties, assignee: row.assignee,
    communityId: row.community === '' ? null : row.community, days: row.days, satisfaction: row.satisfaction ?? undefined,
  };
  const taken = takeStep(waiting, row.type, draft, { receivedOn: row.on, author: { by: row.by, at: row.at }, extensionMaxDays: Math.max(1, row.days ?? 1) });
  return taken.ok ? [] : taken.problems.map((p) => ({ ...p, field: ROW_FIELD[p.field] ?? p.field }));
}

const DIFF_FIELDS = ['type', 'on', 'by', 'at', 'text', 'parties', 'community', 'assignee', 'days', 'satisfaction'] as const;
/** Texts compare masked: a masked cell is the same as the stored text it hides. */
const COMPARED_MASKED: MaskOf = { text: maskPhonesIn, parties: maskPhonesIn };

export const complaintStepsMapping: RecordMapping<ComplaintStepRow> = {
  kind: 'complaintSteps',
  fields: [
    { key: 'number', kind: 'code', synonyms: ['投诉编号'] },
    { key: 'workOrderNumber', kind: 'code', synonyms: ['工单编号'] },
    { key: 'order', kind: 'count', required: true, synonyms: ['环节序号'] },
    { key: 'type', kind: 'text', required: true, synonyms: ['办理环节'] },
    { key: 'on', kind: 'date', required: true, synonyms: ['环节日期'] },
    { key: 'by', kind: 'text', synonyms: ['记录人'] },
    { key: 'at', kind: 'text', synonyms: ['记录时间'] },
    { key: 'text', kind: 'text', synonyms: ['环节内容'] },
    { key: 'parties', kind: 'text', synonyms: ['调解各方'] },
    { key: 'community', kind: 'text', synonyms: ['交办社区'] },
    { key: 'assignee', kind: 'text', synonyms: ['交办承办人'] },
    { key: 'days', kind: 'count', synonyms: ['延期天数'] },
    { key: 'satisfaction', kind: 'text', synonyms: ['回访满意度'] },
  ],
  minFields: 4,
  totalMarkerFields: ['number', 'workOrderNumber'],

  validate(draft): Validated<ComplaintStepRow> {
    const problems = new Problems();
    const number = problems.text('number', draft.number, { max: 60 });
    const workOrderNumber = problems.text('workOrderNumber', draft.workOrderNumber, { max: 60 });
    if (number === '' && workOrderNumber === '') problems.add('number', 'complaintNeedsNumber');
    const order = problems.numberIn('order', draft.order, 1, 10_000, { required: true, whole: true }) ?? 1;
    const typeText = draft.type === null || draft.type === undefined ? '' : keptText(String(draft.type));
    const type = COMPLAINT_EVENT_TYPES.find((t) => fold(zh.step[t]) === fold(typeText) || t === typeText);
    if (typeText === '') problems.add('type', 'required');
    else if (type === undefined) problems.add('type', 'unknownKind', { value: typeText });
    const on = problems.date('on', draft.on, { required: true });
    const at = draft.at === null || draft.at === undefined || String(draft.at).trim() === '' ? null : parseMoment(draft.at);
    if (at === null && !(draft.at === null || draft.at === undefined || String(draft.at).trim() === '')) problems.add('at', 'notATime', { value: String(draft.at) });
    const satisfactionText = draft.satisfaction === null || draft.satisfaction === undefined ? '' : fold(String(draft.satisfaction));
    const satisfaction = satisfactionText === '' ? null : (SATISFACTIONS.find((s) => fold(zh.satisfaction[s]) === satisfactionText) ?? null);
    if (satisfactionText !== '' && satisfaction === null) problems.add('satisfaction', 'unknownSatisfaction', { value: String(draft.satisfaction) });
    const days = problems.numberIn('days', draft.days, 0, 180, { whole: true });
    return problems.result({
      number,
      workOrderNumber,
      order,
      type: type ?? 'accepted',
      on: on ?? '',
      by: problems.text('by', draft.by, { max: 50 }),
      // A step without its moment (a register typed by hand) is taken as recorded at noon of its day.
      at: at ?? (on === null ? 0 : Date.parse(`${on}T12:00:00+08:00`)),
      text: problems.paragraph('text', draft.text, { max: 4000 }),
      parties: problems.paragraph('parties', draft.parties, { max: 500 }),
      community: problems.text('community', draft.community, { max: 100 }),
      assignee: problems.text('assignee', draft.assignee, { max: 50 }),
      days,
      satisfaction,
    });
  },

  identity(value) {
    return { key: compositeKey(complaintRowKey(value), value.order), field: 'order', label: `${value.workOrderNumber !== '' ? value.workOrderNumber : value.number} / ${value.order}` };
  },

  references(value) {
    return [
      { kind: 'complaints', key: complaintRowKey(value), problem: { field: 'number', code: 'notFound' } },
      // The community a step assigned the complaint to must be one the ledger (or the file) has: the write links it by its id.
      ...(value.type === 'assigned' && value.community !== ''
        ? [{ kind: 'communities', key: nameKey(value.community), problem: { field: 'community', code: 'unknownCommunity', params: { name: value.community } } } satisfies RecordReference]
        : []),
    ];
  },

  diffFields: DIFF_FIELDS,

  ...maskedDiff<ComplaintStepRow>(DIFF_FIELDS, COMPARED_MASKED, ['number', 'workOrderNumber', 'order']),
};

export const COMPLAINT_STEP_SHEET = '投诉办理过程';

function communityNames(places: ComplaintPlaces): Names {
  const names = new Map(places.communities.map((c) => [c.id, c.name]));
  return (id) => (id === null ? '' : (names.get(id) ?? ''));
}

/** A step's id: its complaint's and its place in the course. */
const stepId = (complaintId: string, order: number): string => `${complaintId}#${order}`;

/** The stored complaints' steps as rows, in the order of each course (texts in full: the diff compares them masked). */
export function existingComplaintSteps(places: ComplaintPlaces, complaints: readonly Complaint[]): ExistingRecord<ComplaintStepRow>[] {
  const names = communityNames(places);
  return complaints.flatMap((c) => c.events.map((event, i) => ({ id: stepId(c.id, i + 1), value: complaintStepAsRow(c, event, i + 1, names) })));
}

export function complaintStepSheet(places: ComplaintPlaces, complaints: readonly Complaint[], view: PersonalView): SheetSpec {
  const shown = (text: string) => (view === 'shown' ? text : maskPhonesIn(text));
  const ordered = [...complaints].sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || (a.serial ?? 0) - (b.serial ?? 0) || a.receivedOn.localeCompare(b.receivedOn) || a.createdAt - b.createdAt);
  const header = complaintStepsMapping.fields.map((f) => textCell(f.synonyms[0]));
  const rows = existingComplaintSteps(places, ordered).map(({ value: s }) => [
    codeCell(s.number),
    codeCell(s.workOrderNumber),
    numberCell(s.order),
    textCell(zh.step[s.type]),
    dateCell(s.on),
    textCell(s.by),
    textCell(momentCell(s.at)),
    textCell(shown(s.text)),
    textCell(shown(s.parties)),
    textCell(s.community),
    textCell(s.assignee),
    numberCell(s.days),
    s.satisfaction === null ? null : textCell(zh.satisfaction[s.satisfaction]),
  ]);
  return { name: COMPLAINT_STEP_SHEET, rows: [header, ...rows], freezeRows: 1 };
}
