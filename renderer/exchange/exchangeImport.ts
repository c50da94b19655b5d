import type { CommitteeTerm, TermRules } from '../../shared/committees';
import type { Community, Estate } from '../../shared/estates';
import type { ExchangeAnalysis } from '../../shared/exchange/exchangeAnalysis';
import type { ImportBatch } from '../../shared/exchange/importBatch';
import { committeeLedgerOf, commitCommitteeImport, diffCommittees, type CommitteeDiff } from '../committees';
import { commitInspectionImport, diffInspections } from '../inspections';
import { commitInventoryImport, diffInventory } from '../estates';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import type { ExchangeDiff } from './exchangePreview';

function committeeAnalysisOf(analysis: ExchangeAnalysis) {
  return { terms: analysis.committeeTerms, members: analysis.committeeMembers };
}

/** What the analysis was checked against, when the caller has just read it. */
export interface StoredLedger {
  readonly communities: readonly Community[];
  readonly estates: readonly Estate[];
  readonly terms: readonly CommitteeTerm[];
}

/**
 * The preview of a whole workbook against what is stored now. `stored`: the ledger the caller
 * read for the analysis a moment ago, so 100,000 estates are not read twice (the commit takes
 * the diff again inside its transaction either way).
 */
export async function diffExchange(db: StreetLedgerDb, analysis: ExchangeAnalysis, rules: TermRules, stored?: StoredLedger): Promise<ExchangeDiff> {
  const [communities, estates, terms, inspections] = await Promise.all([
    stored?.communities ?? db.communities.toArray(),
    stored?.estates ?? db.estates.toArray(),
    stored?.terms ?? db.committeeTerms.toArray(),
    analysis.inspections ? db.inspections.toArray() : [],
  ]);
  return {
    inventory: diffInventory(analysis, communities, estates),
    committees: diffCommittees(committeeAnalysisOf(analysis), committeeLedgerOf(communities, estates, terms), rules),
    inspections: analysis.inspections ? diffInspections(analysis.inspections, communities, estates, inspections) : { added: [], changed: [], unchanged: [] },
  };
}

const writes = (d: { added: readonly unknown[]; changed: readonly unknown[] }) => d.added.length + d.changed.length;
const committeeWrites = (d: CommitteeDiff) => writes(d.terms) + writes(d.members);

/**
 * Commits every kind the workbook brought in ONE transaction: the inventory first (so terms and
 * inspections may name estates the same file adds), then the committees and the inspections. Each kind that writes anything gets its
 * own batch, undoable on its own; if either refuses, nothing at all is written.
 */
export async function commitExchangeImport(
  db: StreetLedgerDb,
  input: { analysis: ExchangeAnalysis; previewed: ExchangeDiff; rules: TermRules; fileName: string; operator: string },
): Promise<ImportBatch[]> {
  const { analysis, previewed } = input;
  return db.transaction('rw', [db.communities, db.estates, db.committeeTerms, db.inspections, db.importBatches], async () => {
    const batches: ImportBatch[] = [];
    if (writes(previewed.inventory.communities) + writes(previewed.inventory.estates) > 0) {
      batches.push(await commitInventoryImport(db, { analysis, previewed: previewed.inventory, fileName: input.fileName, operator: input.operator }));
    }
    if (committeeWrites(previewed.committees) > 0) {
      batches.push(
        await commitCommitteeImport(db, {
          analysis: committeeAnalysisOf(analysis),
          previewed: previewed.committees,
          rules: input.rules,
          fileName: input.fileName,
          operator: input.operator,
        }),
      );
    }
    if (analysis.inspections && writes(previewed.inspections) > 0) {
      batches.push(await commitInspectionImport(db, { analysis: analysis.inspections, previewed: previewed.inspections, fileName: input.fileName, operator: input.operator }));
    }
    return batches;
  });
}
