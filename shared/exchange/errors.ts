/**
 * Why a whole file was refused, as data: `shared/i18n/exchange.ts` turns it into one Chinese
 * sentence, so the import wizard and the `street-ledger` command say the same thing and nobody
 * ever sees a stack trace.
 */
export type ExchangeErrorCode =
  | 'emptyFile'
  | 'tooLarge'
  | 'notAWorkbook'
  | 'htmlDisguised'
  | 'pdfDocument'
  | 'wordDocument'
  | 'otherArchive'
  | 'zipDamaged'
  | 'zipBomb'
  | 'zipUnsupported'
  | 'passwordProtected'
  | 'unreadable'
  | 'damagedWorkbook'
  | 'textNotDecodable'
  | 'binaryText'
  | 'emptyWorkbook'
  | 'sheetNotFound'
  | 'noHeader'
  | 'partialHeader'
  | 'missingColumns'
  | 'noDataRows';

export type ExchangeErrorParams = Readonly<Record<string, string | number>>;

export class ExchangeError extends Error {
  constructor(
    readonly code: ExchangeErrorCode,
    readonly params: ExchangeErrorParams = {},
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'ExchangeError';
  }
}

export function isExchangeError(error: unknown): error is ExchangeError {
  return error instanceof Error && error.name === 'ExchangeError' && 'code' in error;
}

/** The plain-data form of a refusal, for results that cross a worker or print as JSON. */
export interface ExchangeFailure {
  readonly code: ExchangeErrorCode;
  readonly params: ExchangeErrorParams;
}
