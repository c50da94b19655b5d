/** The estates pages, panels and hooks that other folders may use (React; never imported by the import worker). */
export * from './CommunitiesPage';
export * from './EstatePage';
export * from './EstatesPage';
export * from './classTable/ClassTablePage';
export * from './classTable/useReconciledTable';
export * from './estatePanels';
export * from './hooks';
