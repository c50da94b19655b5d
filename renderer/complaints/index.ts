/** What other folders may use of renderer/complaints; everything else in the folder is its own business. */
export * from './attachmentRepository';
export * from './complaintImport';
export * from './complaintRepository';
export * from './complaintSearch';
export * from './complaintRows';
export * from './complaintSearch';
