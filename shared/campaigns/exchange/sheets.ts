import { dateCell } from '../../committees';
import { numberCell, textCell, type OutCell } from '../../exchange/export/cells';
import type { SheetSpec } from '../../exchange/export/xlsxFile';
import type { ExistingRecord } from '../../exchange/diff';
import type { RecordMapping } from '../../exchange/mapping';
import { inspectionMessages } from '../../inspections';
import { FUND_SOURCES } from '../funds';
import { campaignMessages } from '../messages';
import { yuanOfFen } from '../money';
import { estatesCell, goalsCell, phasesCell } from './cells';
import type { CampaignRow } from './campaignMapping';
import { campaignsMapping } from './campaignMapping';
import { filingsMapping, type FilingRow } from './filingMapping';
import { fundsMapping, paymentsMapping, type FundRow, type PaymentRow } from './fundMappings';
import { returnsMapping, tasksMapping, type ReturnRow, type TaskRow } from './itemMappings';

/**
 * The campaign sheets of the full workbook, headed by each mapping's canonical headers and
 * holding the cells its parsers read, so the import reads them back to the same records.
 * Chinese whatever the UI language: this is the exchange format.
 */

const zh = campaignMessages['zh-CN'];
export const CAMPAIGN_SHEETS = { campaigns: '专项行动', tasks: '专项行动任务', returns: '报送事项', filings: '报送情况', funds: '专项经费', payments: '经费拨付' } as const;

function sheet<V>(name: string, mapping: RecordMapping<V>, rows: readonly ExistingRecord<V>[], cells: Readonly<Record<string, (value: V) => OutCell>>): SheetSpec {
  const keys = Object.keys(cells);
  const header = keys.map((key) => textCell(mapping.fields.find((f) => f.key === key)?.synonyms[0]?.toString() ?? key));
  return { name, rows: [header, ...rows.map(({ value }) => keys.map((key) => cells[key]!(value)))], freezeRows: 1 };
}

const named = { campaign: (v: { campaign: string }) => textCell(v.campaign), year: (v: { year: number }) => numberCell(v.year) };
const place = { community: (v: { community: string }) => textCell(v.community), estate: (v: { estate: string }) => textCell(v.estate) };
const money = (fen: number): OutCell => ({ t: 'n', v: yuanOfFen(fen), z: '0.00' });

export function campaignSheet(rows: readonly ExistingRecord<CampaignRow>[]): SheetSpec {
  return sheet(CAMPAIGN_SHEETS.campaigns, campaignsMapping, rows, {
    name: (v) => textCell(v.name),
    year: (v) => numberCell(v.year),
    sourceRef: (v) => textCell(v.sourceRef),
    goalText: (v) => textCell(v.goalText),
    estates: (v) => textCell(estatesCell(v.estates)),
    phases: (v) => textCell(phasesCell(v.phases)),
    goals: (v) => textCell(goalsCell(v.goals)),
    finalPaymentNeedsAcceptance: (v) => textCell(v.finalPaymentNeedsAcceptance ? '是' : '否'),
  });
}

export function taskSheet(rows: readonly ExistingRecord<TaskRow>[]): SheetSpec {
  return sheet(CAMPAIGN_SHEETS.tasks, tasksMapping, rows, {
    ...named,
    title: (v) => textCell(v.title),
    phase: (v) => textCell(v.phase),
    dueOn: (v) => dateCell(v.dueOn),
    leadDepartment: (v) => textCell(v.leadDepartment),
    responsibleDepartments: (v) => textCell(v.responsibleDepartments.join('、')),
    startedOn: (v) => dateCell(v.startedOn),
    doneOn: (v) => dateCell(v.doneOn),
  });
}

export function returnSheet(rows: readonly ExistingRecord<ReturnRow>[]): SheetSpec {
  const kinds = inspectionMessages['zh-CN'].kind;
  return sheet(CAMPAIGN_SHEETS.returns, returnsMapping, rows, {
    ...named,
    title: (v) => textCell(v.title),
    dueOn: (v) => dateCell(v.dueOn),
    partyKind: (v) => textCell(zh.partyKind[v.partyKind]),
    inspectionKinds: (v) => textCell(v.inspectionKinds.map((k) => kinds[k]).join('、')),
  });
}

export function filingSheet(rows: readonly ExistingRecord<FilingRow>[]): SheetSpec {
  return sheet(CAMPAIGN_SHEETS.filings, filingsMapping, rows, {
    ...named,
    title: (v) => textCell(v.title),
    ...place,
    company: (v) => textCell(v.company),
    receivedOn: (v) => dateCell(v.receivedOn),
    note: (v) => textCell(v.note),
  });
}

export function fundSheet(rows: readonly ExistingRecord<FundRow>[]): SheetSpec {
  const shareCells = Object.fromEntries(
    FUND_SOURCES.flatMap((source) => [
      [`${source}Share`, (v: FundRow) => { const s = v.shares.find((x) => x.source === source); return s ? money(s.fen) : null; }],
      [`${source}Upfront`, (v: FundRow) => { const s = v.shares.find((x) => x.source === source); return s ? money(s.upfrontFen) : null; }],
    ]),
  ) as Record<string, (v: FundRow) => OutCell>;
  return sheet(CAMPAIGN_SHEETS.funds, fundsMapping, rows, { ...named, ...place, planned: (v) => money(v.plannedFen), ...shareCells });
}

export function paymentSheet(rows: readonly ExistingRecord<PaymentRow>[]): SheetSpec {
  return sheet(CAMPAIGN_SHEETS.payments, paymentsMapping, rows, {
    ...named,
    ...place,
    source: (v) => textCell(zh.source[v.source]),
    stage: (v) => textCell(zh.stage[v.stage]),
    paidOn: (v) => dateCell(v.paidOn),
    amount: (v) => money(v.amountFen),
    note: (v) => textCell(v.note),
  });
}
