/** The complaints pages, panels and hooks that other folders may use (React; never imported by the import worker). */
export * from './ComplaintCitation';
export * from './ComplaintDrawer';
export * from './ComplaintSettingsFields';
export * from './ComplaintsPage';
export * from './ComplaintWeekPanel';
export { useComplaintsOfEstate } from './complaintHooks';
