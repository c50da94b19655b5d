/** What other folders may use of renderer/dashboard without its screens (the bench reads through it). */
export { readDashboard, readDashboardInput, type DashboardRules } from './dashboardReads';
