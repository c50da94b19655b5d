/** What other folders may use of shared/backup; everything else in the folder is its own business. */
export * from './backupFile';
export * from './hashing';
export * from './manifest';
export * from './messages';
export * from './retention';
export * from './ledgerState';
