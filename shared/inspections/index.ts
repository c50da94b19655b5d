/** What other folders may use of shared/inspections; everything else in the folder is its own business. */
export * from './calendar';
export * from './inspection';
export * from './inspectionKinds';
export { parseInspectionKind, type InspectionKind } from './kinds';
export * from './inspectionMapping';
export * from './kinds';
export { NOTICE_DATE_FIELDS, type NoticeDateField } from './ledgerFilter';
export * from './messages';
export * from './notice';
export * from './noticeMapping';
export * from './noticeSteps';
export { NOTICE_SHEETS, stepId } from './noticeSheets';
export { parseNoticeNumber } from './noticeNumber';
export * from './overdue';
export * from './survey';
export * from './surveyMapping';
export { Problems, parseTimeOfDay } from './fieldParsers';
export { ESCALATION_KINDS, type EscalationKind } from './kinds';
