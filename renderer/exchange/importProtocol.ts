import type { Problem } from '../../shared/common/problem';
import type { ExchangeFailure } from '../../shared/exchange/errors';
import type { ImportBatch } from '../../shared/exchange/importBatch';
import type { ColumnOverrides } from '../../shared/exchange/columnMap';
import type { NumberPatterns } from '../../shared/exchange/recordKind';
import type { TermRules } from '../../shared/committees';
import type { Locale } from '../../shared/i18n/locale';
import type { StorageFailure } from '../../shared/i18n/faults';
import type { InventoryPreview, KindPreview } from './exchangePreview';

/** What the window asks the import worker, and what it answers. */

export interface KindChoice {
  readonly sheet?: number;
  readonly columns?: ColumnOverrides;
  /** One value for every row of the sheet (the community of a sheet that names none). */
  readonly fixed?: Readonly<Record<string, string>>;
}

export type ImportRequest =
  | {
      readonly type: 'analyse';
      readonly bytes: Uint8Array;
      readonly fileName: string;
      readonly locale: Locale;
      readonly rules: TermRules;
      /** The ledger's street (settings): of a district list, only its rows are imported. */
      readonly ownStreet?: string;
      /** Communities the estate list names that the user agreed to create with it. */
      readonly newCommunities?: readonly string[];
      /** Companies the estate list names that the user agreed to register with it. */
      readonly newCompanies?: readonly string[];
      readonly choices: Partial<Record<KindPreview['kind'], KindChoice>>;
    }
  | { readonly type: 'commit'; readonly operator: string; readonly patterns?: NumberPatterns }
  | { readonly type: 'errorWorkbook'; readonly kind: KindPreview['kind']; readonly locale: Locale };

/**
 * A committed batch as the window hears of it: without the ids and replaced rows it keeps for
 * undo (a 100,000-row import's would be cloned onto the window's thread for nothing).
 */
export type CommittedBatch = Omit<ImportBatch, 'entries'>;

export interface ImportResults {
  readonly analyse: InventoryPreview;
  readonly commit: CommittedBatch[];
  readonly errorWorkbook: Uint8Array;
}

export type ImportFailure =
  | ({ readonly kind: 'exchange' } & ExchangeFailure)
  | { readonly kind: 'domain'; readonly problems: readonly Problem[] }
  | { readonly kind: 'timeout'; readonly seconds: number }
  | { readonly kind: 'storage'; readonly failure: StorageFailure }
  | { readonly kind: 'other'; readonly message: string };

export type ImportResponse =
  | { readonly id: number; readonly ok: true; readonly result: ImportResults[keyof ImportResults] }
  | { readonly id: number; readonly ok: false; readonly failure: ImportFailure };

export interface ImportEnvelope {
  readonly id: number;
  readonly dbName: string;
  readonly request: ImportRequest;
}
