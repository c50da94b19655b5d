/** What other folders may use of shared/companies; everything else in the folder is its own business. */
export * from './company';
export * from './companyNames';
export * from './creditCode';
export * from './creditEvents';
export * from './creditRules';
export * from './creditScore';
export * from './validation';
export * from './companyMapping';
export * from './companyKinds';
export * from './registerSheet';
export * from './messages';
export * from './creditSummary';
export * from './companyOffer';
export * from './creditMapping';
