import type { TermRules } from '../../shared/committees';
import { NO_ANALYSIS, type CreatedRecords, type ExchangeAnalysis } from '../../shared/exchange/exchangeAnalysis';
import { diffAnalysis, type ExchangeDiff } from '../../shared/exchange/exchangeDiff';
import type { ImportBatch } from '../../shared/exchange/importBatch';
import { IMPORT_KINDS } from '../../shared/exchange/kinds';
import type { NumberPatterns, StoredLedger } from '../../shared/exchange/recordKind';
import { commitImport, readLedger } from '../db/importCommit';
import { importUnits } from '../db/importUnits';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';

/**
 * The preview of a whole workbook against what is stored now. `stored`: the parts of the ledger
 * the caller read for the analysis a moment ago, so 100,000 estates are not read twice (the
 * commit takes the diff again inside its transaction either way).
 */
export async function diffExchange(db: StreetLedgerDb, analysis: Partial<ExchangeAnalysis>, rules: TermRules, stored?: Partial<StoredLedger>, created: CreatedRecords = {}): Promise<ExchangeDiff> {
  // A file of some kinds only (a test's inventory list): the kinds it lacks are absent.
  const whole: ExchangeAnalysis = { ...NO_ANALYSIS, ...analysis };
  const kinds = IMPORT_KINDS.filter((kind) => whole[kind] !== null || (created[kind]?.length ?? 0) > 0);
  return diffAnalysis(whole, await readLedger(db, kinds, stored), { rules }, IMPORT_KINDS, created);
}

/**
 * Commits every kind the workbook brought in ONE transaction: the inventory first (so terms and
 * inspections may name estates the same file adds), then the committees and the inspections.
 * Each batch kind that writes anything gets its own batch, undoable on its own; if any refuses,
 * nothing at all is written.
 */
export function commitExchangeImport(
  db: StreetLedgerDb,
  input: { analysis: Partial<ExchangeAnalysis>; previewed: ExchangeDiff; rules: TermRules; fileName: string; operator: string; created?: CreatedRecords } & NumberPatterns,
): Promise<ImportBatch[]> {
  return commitImport(db, importUnits(), input);
}
