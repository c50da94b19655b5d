/** What other folders may use of renderer/committees; everything else in the folder is its own business. */
export * from './committeeImport';
export * from './committeeQueries';
export * from './committeeRefusals';
export * from './preparationImport';
export * from './memberSearch';
