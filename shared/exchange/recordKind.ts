import type { Company, CompanyRow, CreditEntry, CreditEntryRow } from '../companies';
import type { AssemblyMeeting, AssemblyMeetingRow, CommitteeMemberRow, CommitteeTerm, CommitteeTermRow, PreparatoryGroup, PreparatoryGroupRow, TermRules } from '../committees';
import type { Community, CommunityRow, Estate, EstateRow } from '../estates';
import type { AcceptanceSurvey, Inspection, InspectionRow, NoticeLedgerRow, NoticeStepRow, RectificationNotice, SurveyRow } from '../inspections';
import type { Complaint, ComplaintRow, ComplaintStepRow, PersonalView } from '../complaints';
import type { Campaign, CampaignReturn, CampaignRow, CampaignTask, EstateFund, FilingRow, FundPayment, FundRow, PaymentRow, ReturnFiling, ReturnRow, TaskNoteRow, TaskRow } from '../campaigns';
import type { ExistingRecord } from './diff';
import type { SheetSpec } from './export/xlsxFile';
import type { RecordMapping } from './mapping';

/**
 * The vocabulary of record kinds: what a sheet of a workbook can be, the tables an import writes,
 * and the batches it is undone by. A kind is described once, by a `RecordKind` in its domain's
 * folder, and registered in `kinds.ts`; the analysis, the preview, the commit and undo, the full
 * workbook and the command all go through that list.
 */

/** Each kind's row: what one valid sheet row becomes. */
export interface KindRows {
  readonly communities: CommunityRow;
  readonly companies: CompanyRow;
  /** A credit event entered by hand (表彰, 示范项目, 行政处罚). */
  readonly creditEntries: CreditEntryRow;
  readonly estates: EstateRow;
  readonly committeeTerms: CommitteeTermRow;
  readonly committeeMembers: CommitteeMemberRow;
  readonly inspections: InspectionRow;
  readonly preparatoryGroups: PreparatoryGroupRow;
  readonly assemblyMeetings: AssemblyMeetingRow;
  readonly surveys: SurveyRow;
  /** A rectification ledger: our own full workbook's notices, a district's ledger, read by the command (`overdue`) too. */
  readonly notices: NoticeLedgerRow;
  /** A notice's steps, by its number and their place in its course. */
  readonly noticeSteps: NoticeStepRow;
  readonly complaints: ComplaintRow;
  /** A complaint's steps, by its number and their place in its course. */
  readonly complaintSteps: ComplaintStepRow;
  readonly campaigns: CampaignRow;
  readonly campaignTasks: TaskRow;
  /** A task's progress notes, by its task and their place. */
  readonly campaignNotes: TaskNoteRow;
  readonly campaignReturns: ReturnRow;
  readonly campaignFilings: FilingRow;
  readonly campaignFunds: FundRow;
  readonly campaignPayments: PaymentRow;
}

export type ExchangeKind = keyof KindRows;
export type RowOf<K extends ExchangeKind> = KindRows[K];

/** The tables an import writes, with their rows. */
export interface ImportRows {
  readonly communities: Community;
  readonly companies: Company;
  readonly creditEntries: CreditEntry;
  readonly estates: Estate;
  readonly committeeTerms: CommitteeTerm;
  readonly inspections: Inspection;
  readonly preparatoryGroups: PreparatoryGroup;
  readonly assemblyMeetings: AssemblyMeeting;
  readonly surveys: AcceptanceSurvey;
  readonly notices: RectificationNotice;
  readonly complaints: Complaint;
  readonly campaigns: Campaign;
  readonly campaignTasks: CampaignTask;
  readonly campaignReturns: CampaignReturn;
  readonly campaignFilings: ReturnFiling;
  readonly campaignFunds: EstateFund;
  readonly campaignPayments: FundPayment;
}
export type ImportTable = keyof ImportRows;

/**
 * The undoable batches an import makes: the inventory (communities and estates), the committees
 * (terms with their rosters), the inspections. Stored in `ImportBatch.kind`, so they are data.
 */
export type BatchKind = 'inventory' | 'committees' | 'inspections' | 'preparation' | 'surveys' | 'notices' | 'complaints' | 'campaigns' | 'credit';

/** What reading a kind may depend on besides the sheet: the settings' term length. */
export interface KindContext {
  readonly rules: TermRules;
  /** The office's complaint number pattern, for complaints a file brings without a number. */
  readonly complaintNumberPattern?: string;
  /** The office's notice number pattern, to read the serial of a number a file brings without one. */
  readonly noticeNumberPattern?: string;
}

/** The office's numbering patterns in settings, for the numbered records an import brings. */
export type NumberPatterns = Pick<KindContext, 'complaintNumberPattern' | 'noticeNumberPattern'>;

/** The stored records an import is compared with; a kind names the parts it needs. */
export interface StoredLedger {
  readonly communities: readonly Community[];
  readonly companies: readonly Company[];
  readonly creditEntries: readonly CreditEntry[];
  readonly estates: readonly Estate[];
  readonly terms: readonly CommitteeTerm[];
  readonly inspections: readonly Inspection[];
  readonly groups: readonly PreparatoryGroup[];
  readonly meetings: readonly AssemblyMeeting[];
  readonly surveys: readonly AcceptanceSurvey[];
  readonly notices: readonly RectificationNotice[];
  readonly complaints: readonly Complaint[];
  readonly campaigns: readonly Campaign[];
  readonly campaignTasks: readonly CampaignTask[];
  readonly campaignReturns: readonly CampaignReturn[];
  readonly campaignFilings: readonly ReturnFiling[];
  readonly campaignFunds: readonly EstateFund[];
  readonly campaignPayments: readonly FundPayment[];
}
export type LedgerPart = keyof StoredLedger;

/** A ledger with nothing in it: the start for callers that compare with some parts only. */
export const EMPTY_LEDGER: StoredLedger = {
  communities: [], companies: [], creditEntries: [], estates: [], terms: [], inspections: [], groups: [], meetings: [], surveys: [], notices: [], complaints: [],
  campaigns: [], campaignTasks: [], campaignReturns: [], campaignFilings: [], campaignFunds: [], campaignPayments: [],
};

/** How the app keeps a kind: absent for a kind only the command reads. */
export interface KindStore<Row> {
  readonly table: ImportTable;
  readonly batch: BatchKind;
  /** The parts of the ledger `existing` reads. */
  readonly reads: readonly LedgerPart[];
  /** The stored records as rows of this kind, in the form the diff compares. */
  existing(ledger: StoredLedger): ExistingRecord<Row>[];
  /** Whether a valid row brings anything to write (a district list's estate without a committee does not). */
  writes?(row: Row): boolean;
}

export interface RecordKind<K extends ExchangeKind> {
  readonly key: K;
  /** How a sheet of this kind is read. */
  mapping(context: KindContext): RecordMapping<RowOf<K>>;
  /** Kinds whose records its rows name; those must be stored or come with the same file. */
  readonly dependsOn: readonly ExchangeKind[];
  /** Whether other rows can name the record of this row (a term row without a term names none). */
  isReferable?(row: RowOf<K>): boolean;
  readonly store?: KindStore<RowOf<K>>;
  /** Its sheet in the full workbook, read back by the import to the same records. */
  exportSheet?(ledger: ExportLedger): SheetSpec | null;
}

/** What the full workbook is written from; the other kinds only where the caller has them. */
export interface ExportLedger {
  readonly communities: readonly Community[];
  readonly estates: readonly Estate[];
  readonly companies?: readonly Company[];
  readonly creditEntries?: readonly CreditEntry[];
  readonly terms?: readonly CommitteeTerm[];
  readonly inspections?: readonly Inspection[];
  readonly groups?: readonly PreparatoryGroup[];
  readonly meetings?: readonly AssemblyMeeting[];
  readonly surveys?: readonly AcceptanceSurvey[];
  readonly notices?: readonly RectificationNotice[];
  readonly complaints?: readonly Complaint[];
  /** Complainants' names and phones in full, or masked (the default). */
  readonly personalView?: PersonalView;
  readonly campaigns?: readonly Campaign[];
  readonly campaignTasks?: readonly CampaignTask[];
  readonly campaignReturns?: readonly CampaignReturn[];
  readonly campaignFilings?: readonly ReturnFiling[];
  readonly campaignFunds?: readonly EstateFund[];
  readonly campaignPayments?: readonly FundPayment[];
}

/** Any kind's descriptor, for code that goes through the list. */
export type AnyRecordKind = { readonly [K in ExchangeKind]: RecordKind<K> }[ExchangeKind];
