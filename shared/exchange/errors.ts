/**
 * Why a whole file was refused, as data: `shared/i18n/exchange.ts` turns it into one Chinese
 * sentence, so the import wizard and the `street-ledger` command say the same thing and nobody
 * ever sees a stack trace.
 */
/**
 * Every refusal and the parameters its sentence needs (`undefined`: none). Lists of column names
 * stay lists: the catalog joins them in its own language.
 */
export interface ExchangeErrorParamsByCode {
  readonly emptyFile: undefined;
  readonly tooLarge: { readonly bytes: number; readonly max: number };
  readonly notAWorkbook: undefined;
  readonly htmlDisguised: undefined;
  readonly pdfDocument: undefined;
  readonly wordDocument: undefined;
  readonly otherArchive: undefined;
  readonly zipDamaged: { readonly reason: string; readonly entry?: string };
  readonly zipBomb: { readonly entry?: string; readonly bytes?: number; readonly ratio?: number; readonly entries?: number; readonly max?: number };
  readonly zipUnsupported: { readonly reason: string };
  readonly passwordProtected: undefined;
  readonly unreadable: undefined;
  /** `part: 'text'`: a workbook's name over plain text. */
  readonly damagedWorkbook: { readonly part: string };
  readonly textNotDecodable: undefined;
  readonly binaryText: undefined;
  readonly emptyWorkbook: undefined;
  readonly sheetNotFound: { readonly sheet: string };
  readonly noHeader: { readonly rows: number; readonly required: readonly string[] };
  readonly partialHeader: {
    readonly sheet: string;
    readonly row: number;
    readonly found: readonly string[];
    /** The missing columns by their names in the sheet's language… */
    readonly missing: readonly string[];
    /** …and as mapping fields, for the way on (give the community for the whole sheet). */
    readonly missingFields: readonly string[];
    readonly notCommunity?: string;
  };
  readonly missingColumns: { readonly sheet?: string; readonly row?: number; readonly fields: readonly string[]; readonly missingFields: readonly string[] };
  readonly noDataRows: { readonly row: number };
}

export type ExchangeErrorCode = keyof ExchangeErrorParamsByCode;

type FailureShape<C extends ExchangeErrorCode> = ExchangeErrorParamsByCode[C] extends undefined
  ? { readonly code: C; readonly params?: undefined }
  : { readonly code: C; readonly params: ExchangeErrorParamsByCode[C] };

/** The plain-data form of a refusal, for results that cross a worker or print as JSON. */
export type ExchangeFailureOf<C extends ExchangeErrorCode = ExchangeErrorCode> = { [K in C]: FailureShape<K> }[C];
export type ExchangeFailure = ExchangeFailureOf;

/** A refusal's code and, when its sentence needs them, its parameters. */
type ExchangeErrorArgs = {
  [C in ExchangeErrorCode]: ExchangeErrorParamsByCode[C] extends undefined ? [code: C] : [code: C, params: ExchangeErrorParamsByCode[C]];
}[ExchangeErrorCode];

/** How a catalog words a refusal of each code. */
export type ExchangeErrorTexts = { readonly [C in ExchangeErrorCode]: (failure: ExchangeFailureOf<C>) => string };

export class ExchangeError extends Error {
  /** The refusal as plain data, its parameters typed by its code. */
  readonly failure: ExchangeFailure;

  constructor(...args: ExchangeErrorArgs) {
    const [code, params] = args;
    super(`${code} ${JSON.stringify(params ?? {})}`);
    this.name = 'ExchangeError';
    // The public signature checked `params` against `code`; the pair is stored as one value.
    this.failure = (params === undefined ? { code } : { code, params }) as ExchangeFailure;
  }

  get code(): ExchangeErrorCode {
    return this.failure.code;
  }

  /** The parameters, for a caller that only shows or compares them (narrow `failure` to read one). */
  get params(): ExchangeFailure['params'] {
    return this.failure.params;
  }
}

export function isExchangeError(error: unknown): error is ExchangeError {
  return error instanceof Error && error.name === 'ExchangeError' && 'failure' in error;
}

/** A refusal in words: the one place a refusal meets its catalog entry. */
export function exchangeErrorText<C extends ExchangeErrorCode>(failure: ExchangeFailureOf<C>, texts: ExchangeErrorTexts): string {
  const text: (failure: ExchangeFailureOf<C>) => string = texts[failure.code];
  return text(failure);
}
