/** What other folders may use of renderer/campaigns; everything else in the folder is its own business. */
export * from './campaignFile';
export * from './campaignFileRepository';
export * from './campaignQueries';
export * from './campaignRepository';
export * from './fundRepository';
export * from './returnRepository';
export * from './taskRepository';
export * from './campaignImport';
