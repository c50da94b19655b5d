import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { AssemblyMeeting, CommitteeTerm, PreparatoryGroup } from '../../shared/committees';
import type { Company, CreditEntry } from '../../shared/companies';
import type { Community, Estate } from '../../shared/estates';
import type { ImportBatchEntries, ImportBatchSummary, RememberedColumnMapping } from '../../shared/exchange/importBatch';
import type { AcceptanceSurvey, Inspection, RectificationNotice } from '../../shared/inspections';
import type { EntryDraft, InspectionPhoto, NoticeCounter } from '../inspections';
import { declareSchema } from './schema';
import { readOnlyGuard } from './readOnlyGuard';
import type { HistoryEntry } from '../../shared/history';
import type { Campaign, CampaignReturn, CampaignTask, EstateFund, FundPayment, ReturnFiling } from '../../shared/campaigns';
import type { CampaignFile } from '../campaigns';
import { fieldHistoryMiddleware } from '../history';
import type { Complaint } from '../../shared/complaints';
import type { ComplaintAttachment, ComplaintCounter } from '../complaints';

/** The one IndexedDB database of an installation. */
export const DATABASE_NAME = 'street-ledger';

/**
 * Typed tables over the schema in ./schema. Ids are random strings (`newId()`) made by the
 * repositories, so rows can later be merged across installations without renumbering.
 */
export class StreetLedgerDb extends Dexie {
  // `declare`: Dexie creates the table properties itself while the schema is declared; a class
  // field would overwrite them with undefined.
  declare readonly communities: EntityTable<Community, 'id'>;
  declare readonly estates: EntityTable<Estate, 'id'>;
  // Inspections, rectification notices, acceptance surveys (schema v3).
  declare readonly inspections: EntityTable<Inspection, 'id'>;
  declare readonly inspectionPhotos: EntityTable<InspectionPhoto, 'id'>;
  declare readonly notices: EntityTable<RectificationNotice, 'id'>;
  declare readonly noticeCounters: EntityTable<NoticeCounter, 'year'>;
  declare readonly surveys: EntityTable<AcceptanceSurvey, 'id'>;
  declare readonly entryDrafts: EntityTable<EntryDraft, 'id'>;
  declare readonly preparatoryGroups: EntityTable<PreparatoryGroup, 'id'>;
  declare readonly assemblyMeetings: EntityTable<AssemblyMeeting, 'id'>;
  declare readonly committeeTerms: EntityTable<CommitteeTerm, 'id'>;
  // Import batches and remembered column mappings (schema v4).
  declare readonly importBatches: EntityTable<ImportBatchSummary, 'id'>;
  declare readonly columnMappings: EntityTable<RememberedColumnMapping, 'key'>;
  // Field history, appended by the database itself on every write (schema v5).
  declare readonly fieldHistory: EntityTable<HistoryEntry, 'id'>;
  // A batch's entries apart from its summary (schema v6).
  declare readonly importBatchEntries: EntityTable<ImportBatchEntries, 'batchId'>;
  // Campaigns and work plans with their tasks, returns, funds and files (schema v11).
  declare readonly campaigns: EntityTable<Campaign, 'id'>;
  declare readonly campaignTasks: EntityTable<CampaignTask, 'id'>;
  declare readonly campaignReturns: EntityTable<CampaignReturn, 'id'>;
  declare readonly campaignFilings: EntityTable<ReturnFiling, 'id'>;
  declare readonly campaignFunds: EntityTable<EstateFund, 'id'>;
  declare readonly campaignPayments: EntityTable<FundPayment, 'id'>;
  declare readonly campaignFiles: EntityTable<CampaignFile, 'id'>;
  // Complaints and petitions, their per-year counter and attachments (schema v7).
  declare readonly complaints: EntityTable<Complaint, 'id'>;
  declare readonly complaintCounters: EntityTable<ComplaintCounter, 'year'>;
  declare readonly complaintAttachments: EntityTable<ComplaintAttachment, 'id'>;
  // Property companies and the credit events entered by hand (schema v8).
  declare readonly companies: EntityTable<Company, 'id'>;
  declare readonly creditEntries: EntityTable<CreditEntry, 'id'>;

  /**
   * `options` lets tests pass a private fake-indexeddb factory. `readOnly`: a database a newer
   * build wrote (openLedger.ts) is opened with the schema it has, declaring nothing (declaring
   * ours would make Dexie add our indexes and bump its version), and every write is refused.
   */
  constructor(name: string = DATABASE_NAME, options: DexieOptions = {}, readonly readOnly = false) {
    // 'strict': a ledger entry the clerk saw saved must survive a power cut; the default
    // ('relaxed' in Chromium) may lose the last writes.
    super(name, { chromeTransactionDurability: 'strict', ...options });
    if (readOnly) {
      this.use(readOnlyGuard);
      // Without a declared schema Dexie names no table properties: give the repositories theirs.
      this.on('ready', (db) => {
        for (const table of db.tables) Object.defineProperty(db, table.name, { value: table, configurable: true });
      });
      return;
    }
    declareSchema(this);
    this.use(fieldHistoryMiddleware(this, newId));
  }
}

/**
 * A fresh row id: 128 random bits as 22 base64url characters. As random as a UUID, but every
 * index that holds ids (primary keys, communityId, estateId …) stores 14 fewer characters per
 * row, which measurably speeds up writing a 100,000-row import.
 */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
