/** What other folders may use of shared/committees; everything else in the folder is its own business. */
export * from './committeeCells';
export * from './committeeKinds';
export * from './committeeTables';
export * from './coverage';
export * from './groupMapping';
export * from './meetingMapping';
export * from './memberMapping';
export * from './messages';
export * from './preparationKinds';
export * from './records';
export * from './status';
export * from './termMapping';
export * from './types';
export * from './validation';
