/** The committees pages, panels and hooks that other folders may use (React; never imported by the import worker). */
export * from './CommitteeActionsPanel';
export * from './CommitteeSettingsFields';
export * from './CommitteeStatusTag';
export * from './CoveragePage';
export * from './EstateCommitteePanel';
export * from './useCommitteeStatuses';
