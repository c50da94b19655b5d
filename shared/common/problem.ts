/**
 * A reason a value was refused, as data: the locale files turn it into words, so the same
 * check speaks Chinese in the form, in an import report and in the command-line tool.
 */
export type ProblemCode =
  | 'required'
  | 'tooLong'
  | 'notANumber'
  | 'negative'
  | 'notWhole'
  | 'tooLarge'
  | 'unknownClass'
  | 'unknownMode'
  | 'unknownKind'
  | 'notYesNo'
  | 'unknownCommunity'
  | 'duplicateName'
  | 'duplicateCommunityName'
  | 'communityHasEstates'
  | 'notFound'
  // Import batches (renderer/db/importBatchRepository.ts).
  | 'batchUndone'
  | 'batchEditedSince'
  | 'batchRecordGone'
  | 'batchReferenced'
  | 'changedSincePreview'
  // Inspections, rectification notices and acceptance surveys (shared/inspection).
  | 'notADate'
  | 'notATime'
  | 'unknownInspectionKind'
  | 'unknownProblemCategory'
  | 'unknownResult'
  | 'problemNeedsNote'
  | 'outOfRange'
  | 'tooMany'
  | 'noItems'
  | 'dateTooEarly'
  | 'noticeClosed'
  | 'alreadyReported'
  | 'unknownEscalation'
  | 'exceedsSurveyed'
  | 'notPositive'
  | 'unknownEstate'
  | 'estateHasRecords'
  | 'inspectionHasNotices'
  | 'noticeNumberTaken'
  | 'notAnImage'
  | 'photoTooLarge'
  | 'unknownNoticeStatus'
  // Owners' assemblies and committees (shared/committee).
  | 'dateTooLate'
  | 'notATermNumber'
  | 'unknownRole'
  | 'unknownMeetingKind'
  | 'unknownLeaveReason'
  | 'notAPercent'
  | 'memberOutsideTerm'
  | 'twoChairs'
  | 'duplicateTermNumber'
  | 'duplicateFirstAssembly'
  | 'exceedsHouseholds'
  | 'estateHasCommitteeRecords'
  | 'unknownTerm'
  // Field history (shared/history).
  | 'reasonRequired'
  // Campaigns, their tasks, returns and funds (shared/campaigns).
  | 'notAnAmount'
  | 'exceedsShare'
  | 'duplicateSource'
  | 'paymentNeedsAcceptance'
  | 'duplicateCampaign'
  | 'duplicateTitle'
  | 'unknownCampaign'
  | 'campaignHasRecords'
  | 'duplicateFiling'
  // Complaints and petitions (shared/complaints).
  | 'unknownComplaintChannel'
  | 'unknownComplaintCategory'
  | 'unknownComplaintParty'
  | 'unknownComplaintStatus'
  | 'unknownSatisfaction'
  | 'complaintNeedsNumber'
  | 'complaintStepNotAllowed'
  | 'complaintAlreadyExtended'
  | 'complaintNumberTaken'
  // Property companies and their credit file (shared/companies).
  | 'creditCodeLength'
  | 'creditCodeCharacter'
  | 'creditCodeCheckDigit'
  | 'duplicateCompanyName'
  | 'aliasTaken'
  | 'companyHasEstates'
  | 'unknownCompany'
  | 'unknownCreditKind'
  | 'unknownListing';

export interface Problem {
  /** The field (form field or import column) the problem belongs to. */
  readonly field: string;
  readonly code: ProblemCode;
  readonly params?: Readonly<Record<string, string | number>>;
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
