/** What other folders may use of renderer/inspections; everything else in the folder is its own business. */
export * from './inspectionImport';
export * from './noticeImport';
export * from './inspectionProblems';
export * from './inspectionRecords';
export * from './inspectionRows';
export * from './surveyImport';
export { createInspection } from './inspectionRepository';
export * from './noticeSearch';
