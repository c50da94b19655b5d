/** What a batch refusal names: a committee term by its number, anything else by its name. */
export type BatchRowLabel = { readonly name: string } | { readonly termNumber: number };

/** The cell or value a clerk typed that could not be read. */
interface Typed {
  readonly value: string;
}

/**
 * Every code and the parameters its message needs (`undefined`: none). The catalogs
 * (`shared/i18n/domain.ts`) take a problem of one code, so a message can only read the
 * parameters its code carries, and a problem cannot be made without them.
 */
export interface ProblemParams {
  readonly required: undefined;
  readonly tooLong: { readonly max: number };
  readonly notANumber: undefined;
  readonly negative: undefined;
  readonly notWhole: undefined;
  readonly tooLarge: { readonly max: number };
  readonly unknownClass: Typed;
  readonly unknownMode: Typed;
  readonly unknownKind: Typed;
  readonly notYesNo: Typed;
  readonly unknownCommunity: { readonly name: string };
  readonly duplicateName: { readonly name: string; readonly community: string };
  readonly duplicateCommunityName: { readonly name: string };
  readonly communityHasEstates: { readonly count: number };
  readonly notFound: undefined;
  // Import batches (renderer/db/importBatchRepository.ts).
  readonly batchUndone: undefined;
  readonly batchEditedSince: BatchRowLabel;
  readonly batchRecordGone: BatchRowLabel;
  readonly batchReferenced: BatchRowLabel;
  readonly changedSincePreview: undefined;
  // Inspections, rectification notices and acceptance surveys (shared/inspections).
  readonly notADate: Typed;
  readonly notATime: Typed;
  readonly unknownInspectionKind: Typed;
  readonly unknownProblemCategory: Typed;
  readonly unknownResult: Typed;
  readonly problemNeedsNote: undefined;
  readonly outOfRange: { readonly min: number; readonly max: number };
  readonly tooMany: { readonly max: number };
  readonly noItems: undefined;
  readonly dateTooEarly: { readonly earliest: string };
  readonly noticeClosed: undefined;
  readonly alreadyReported: undefined;
  readonly unknownEscalation: Typed;
  readonly exceedsSurveyed: { readonly surveyed: number };
  readonly notPositive: undefined;
  readonly unknownEstate: { readonly name: string };
  readonly estateHasRecords: { readonly inspections: number; readonly notices: number; readonly surveys: number };
  /** The numbers as a list: the catalog joins them in its own language. */
  readonly inspectionHasNotices: { readonly numbers: readonly string[] };
  readonly noticeNumberTaken: { readonly number: string };
  readonly notAnImage: { readonly name: string };
  readonly photoTooLarge: { readonly name: string; readonly max: number };
  readonly unknownNoticeStatus: Typed;
  // Owners' assemblies and committees (shared/committees).
  readonly dateTooLate: { readonly latest: string };
  readonly notATermNumber: Typed;
  readonly unknownRole: Typed;
  readonly unknownMeetingKind: Typed;
  readonly unknownLeaveReason: Typed;
  readonly notAPercent: Typed;
  readonly memberOutsideTerm: { readonly name: string };
  readonly twoChairs: { readonly name: string };
  readonly duplicateTermNumber: { readonly termNumber: number };
  readonly duplicateFirstAssembly: { readonly heldOn: string };
  readonly exceedsHouseholds: { readonly households: number };
  readonly estateHasCommitteeRecords: { readonly groups: number; readonly meetings: number; readonly terms: number };
  readonly unknownTerm: { readonly label: string; readonly termNumber: number };
  // Field history (shared/history).
  readonly reasonRequired: undefined;
  // Campaigns, their tasks, returns and funds (shared/campaigns).
  readonly notAnAmount: Typed;
  readonly exceedsShare: { readonly share: number };
  readonly duplicateSource: undefined;
  readonly paymentNeedsAcceptance: { readonly estate: string };
  readonly duplicateCampaign: { readonly name: string; readonly year: number };
  readonly duplicateTitle: { readonly title: string };
  readonly unknownCampaign: { readonly name: string };
  readonly campaignHasRecords: { readonly count: number };
  readonly duplicateFiling: { readonly party: string };
  // Complaints and petitions (shared/complaints).
  readonly unknownComplaintChannel: Typed;
  readonly unknownComplaintCategory: Typed;
  readonly unknownComplaintParty: Typed;
  readonly unknownComplaintStatus: Typed;
  readonly unknownSatisfaction: Typed;
  readonly complaintNeedsNumber: undefined;
  /** The step refused and the status the complaint is at (for a log; the sentence needs neither). */
  readonly complaintStepNotAllowed: { readonly step: string; readonly status: string };
  readonly complaintAlreadyExtended: undefined;
  readonly complaintNumberTaken: { readonly number: string };
  // Property companies and their credit file (shared/companies).
  readonly creditCodeLength: { readonly value: string; readonly length: number };
  readonly creditCodeCharacter: Typed;
  readonly creditCodeCheckDigit: Typed;
  readonly duplicateCompanyName: { readonly name: string };
  readonly aliasTaken: { readonly alias: string; readonly name: string };
  readonly companyHasEstates: { readonly count: number };
  readonly unknownCompany: { readonly name: string };
  readonly unknownCreditKind: Typed;
  readonly unknownListing: Typed;
}

/**
 * A reason a value was refused, as data: the locale files turn it into words, so the same
 * check speaks Chinese in the form, in an import report and in the command-line tool.
 */
export type ProblemCode = keyof ProblemParams;

type ProblemShape<C extends ProblemCode> = ProblemParams[C] extends undefined
  ? { readonly field: string; readonly code: C; readonly params?: undefined }
  : { readonly field: string; readonly code: C; readonly params: ProblemParams[C] };

/** A problem of one of the codes `C`; `Problem` is any of them. */
export type ProblemOf<C extends ProblemCode = ProblemCode> = { [K in C]: ProblemShape<K> }[C];

/** What follows the code when a problem is made: its parameters, or nothing. */
export type ProblemArgs<C extends ProblemCode> = ProblemParams[C] extends undefined ? [] : [params: ProblemParams[C]];

export type Problem = ProblemOf;

/** The codes whose only parameter is the value that could not be read. */
export type ValueProblemCode = { [C in ProblemCode]: ProblemParams[C] extends Typed ? C : never }[ProblemCode];

/** A problem of a code known only as a type parameter (the field readers' `add`). */
export function problemOf<C extends ProblemCode>(field: string, code: C, ...args: ProblemArgs<C>): Problem {
  const [params] = args;
  // The compiler cannot follow C through the conditional shape; `args` was checked against it above.
  return (params === undefined ? { field, code } : { field, code, params }) as Problem;
}

/** How a catalog words a problem of each code. */
export type ProblemTexts = { readonly [C in ProblemCode]: (problem: ProblemOf<C>) => string };

/** A problem in words: the one place a problem meets its catalog entry. */
export function problemText<C extends ProblemCode>(problem: ProblemOf<C>, texts: ProblemTexts): string {
  const text: (problem: ProblemOf<C>) => string = texts[problem.code];
  return text(problem);
}

export type Validated<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Thrown by repositories so callers can show the same words as a form would. */
export class DomainError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map((p) => `${p.field}: ${p.code}`).join('; '));
    this.name = 'DomainError';
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof Error && error.name === 'DomainError' && 'problems' in error;
}
