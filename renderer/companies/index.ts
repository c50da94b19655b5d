/** What other folders may use of renderer/companies; everything else in the folder is its own business. */
export * from './companyLinks';
export * from './companyRepository';
export * from './creditEntryRepository';
export * from './creditLedger';
export * from './companyImport';
export * from './companySearch';
export * from './creditImport';
