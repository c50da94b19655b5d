/** What other folders may use of shared/estates; everything else in the folder is its own business. */
export * from './classSummary';
export * from './community';
export * from './communityMapping';
export * from './communityOffer';
export * from './districtReport';
export * from './estate';
export * from './estateClass';
export * from './estateMapping';
export * from './estateReference';
export * from './inventoryTables';
export * from './managementMode';
export * from './reconciliation';
export * from './validation';
export * from './estateKinds';
