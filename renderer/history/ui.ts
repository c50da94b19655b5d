/** The change-history panels, fields and hooks that other folders may use (React). */
export * from './EstateHistoryPanel';
export * from './HistorySettingsFields';
export * from './hooks';
export * from './ReasonField';
export * from './RecordHistory';
export * from './useReasonFieldLabels';
export * from './EditedRecordHistory';
