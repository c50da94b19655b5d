/** What other folders may use of renderer/estates; everything else in the folder is its own business. */
export * from './communityRepository';
export * from './estateKeys';
export * from './estateRepository';
export * from './inventoryImport';
export * from './loadExampleStreet';
export * from './estateSearch';
