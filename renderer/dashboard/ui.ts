/** The dashboard page and its settings fields. */
export { DashboardPage } from './DashboardPage';
export { DutySettingsFields } from './DutySettingsFields';
