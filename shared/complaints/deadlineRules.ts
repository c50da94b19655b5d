import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';

/**
 * The office's complaint deadlines, as the settings hold them (schema and defaults in
 * shared/settings: acceptance in 15 days, conclusion in 60, one extension of at most 30,
 * calendar days unless the office counts working days with its own holiday list).
 */
export type ComplaintRules = Settings['complaintRules'];

export const DEFAULT_COMPLAINT_RULES: ComplaintRules = DEFAULT_SETTINGS.complaintRules;

export const DEFAULT_COMPLAINT_NUMBER_PATTERN: string = DEFAULT_SETTINGS.complaintNumberPattern;
