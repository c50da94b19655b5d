/** The inspections pages, panels and hooks that other folders may use (React; never imported by the import worker). */
export * from './InspectionSettingsFields';
export * from './InspectionsPage';
export * from './panels/EstateInspectionsPanel';
export * from './panels/OverdueNoticesPanel';
export * from './useEstateDirectory';
export * from './useInspectionDialogs';
export * from './useSaveWorkbook';
export * from './useToday';
