/** What other folders may use of shared/history; everything else in the folder is its own business. */
export * from './describeEntry';
export * from './diffRows';
export * from './fieldHistory';
export * from './historySheet';
export * from './messages';
export * from './reasonFields';
export * from './trackedTables';
