import type { TermRules } from './validation';
import { ExchangeError } from '../exchange/errors';
import { committeeMembersMapping, type CommitteeMemberRow } from './memberMapping';
import { committeeTermsMapping, hasTerm, type CommitteeTermRow } from './termMapping';
import { analyseParsedWorkbook, type AnalyseOptions, type WorkbookAnalysis } from '../exchange/pipeline';
import type { Workbook } from '../exchange/read';

/**
 * A workbook read for owners' committees: its terms sheet (our 业委会届次, or a district list)
 * and its members sheet (our 业委会成员), either of which may be absent. Terms must name an
 * estate the caller knows; members a term that is stored or in the same file.
 */
export interface CommitteeAnalysis {
  readonly terms: WorkbookAnalysis<CommitteeTermRow> | null;
  readonly members: WorkbookAnalysis<CommitteeMemberRow> | null;
}

export interface CommitteeAnalyseOptions {
  readonly rules: TermRules;
  /** Keys of known estates (`estateKey(community, estate)` over name keys), or 'any'. */
  readonly estates: ReadonlySet<string> | 'any';
  /** Keys of stored terms (the terms mapping's identity keys). */
  readonly storedTerms: ReadonlySet<string>;
  readonly terms?: Omit<AnalyseOptions, 'known'>;
  readonly members?: Omit<AnalyseOptions, 'known'>;
}

type Outcome<T> = { readonly value: T | null; readonly missing: ExchangeError | null };

/** A kind the workbook does not hold is absent; any other refusal is the file's. */
function orAbsent<T>(analyse: () => T): Outcome<T> {
  try {
    return { value: analyse(), missing: null };
  } catch (error) {
    if (error instanceof ExchangeError && (error.code === 'noHeader' || error.code === 'partialHeader' || error.code === 'noDataRows' || error.code === 'missingColumns')) {
      return { value: null, missing: error };
    }
    throw error;
  }
}

export function analyseParsedCommittees(workbook: Workbook, options: CommitteeAnalyseOptions): CommitteeAnalysis {
  const termsMapping = committeeTermsMapping(options.rules);
  const known = options.estates === 'any' ? undefined : { estates: options.estates };
  const terms = orAbsent(() => analyseParsedWorkbook(workbook, termsMapping, { ...options.terms, known }));
  const termKeys = new Set(options.storedTerms);
  for (const row of terms.value?.rows.valid ?? []) if (hasTerm(row.value)) termKeys.add(termsMapping.identity(row.value).key);
  const members = orAbsent(() => analyseParsedWorkbook(workbook, committeeMembersMapping, { ...options.members, known: { committeeTerms: termKeys } }));
  if (!terms.value && !members.value) throw terms.missing ?? members.missing ?? new ExchangeError('emptyWorkbook');
  return { terms: terms.value, members: members.value };
}
