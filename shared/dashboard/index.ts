/** What other folders may use of shared/dashboard. */
export * from './dashboardSummary';
export * from './dutyRules';
export * from './messages';
export * from './periods';
