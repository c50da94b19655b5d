/** What other folders may use of shared/complaints; everything else in the folder is its own business. */
export * from './against';
export * from './complaint';
export * from './complaintFilter';
export * from './complaintKinds';
export * from './complaintMapping';
export * from './complaintNumber';
export * from './complaintSheets';
export * from './complaintSteps';
export * from './course';
export * from './deadlineRules';
export * from './deadlines';
export * from './masking';
export * from './messages';
export * from './monthlySummary';
export * from './validateComplaint';
export * from './workCalendar';
