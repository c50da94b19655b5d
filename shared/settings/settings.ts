import { z } from '../common/zod';
import { DEFAULT_REASON_FIELDS, REASON_FIELDS, REASON_FIELDS_BY_KIND } from '../history';
import { creditRulesSchema, DEFAULT_CREDIT_RULES } from './creditRules';
import { LOCALES } from '../i18n/locale';
import { serialFromIsoDate } from '../common/dates';

/** The six things an inspection checks (plan 4), by stable code; labels live in the locale files. */
export const INSPECTION_CATEGORIES = ['publicOrder', 'sanitation', 'security', 'facilities', 'greening', 'other'] as const;
export type InspectionCategory = (typeof INSPECTION_CATEGORIES)[number];

const reasonFieldsOf = <const F extends readonly [string, ...string[]]>(fields: F) => z.array(z.enum(fields)).max(fields.length);
const reasonRequiredByKindSchema = z
  .object({
    community: reasonFieldsOf(REASON_FIELDS_BY_KIND.community),
    committeeTerm: reasonFieldsOf(REASON_FIELDS_BY_KIND.committeeTerm),
    committeeMember: reasonFieldsOf(REASON_FIELDS_BY_KIND.committeeMember),
    survey: reasonFieldsOf(REASON_FIELDS_BY_KIND.survey),
  })
  .partial()
  .strict();

const weightsSchema = z.object({
  publicOrder: z.number().min(0).max(100),
  sanitation: z.number().min(0).max(100),
  security: z.number().min(0).max(100),
  facilities: z.number().min(0).max(100),
  greening: z.number().min(0).max(100),
  other: z.number().min(0).max(100),
});

const isoDay = z.string().refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && serialFromIsoDate(value) !== null, 'not an ISO date');

/**
 * The office's complaint deadlines (issue 11). Defaults are the national petition rules'
 * (信访工作条例): decide acceptance within 15 days of receipt, conclude within 60 days of
 * acceptance, one extension of at most 30 days with a reason. Days are calendar days unless the
 * office counts working days; then the statutory holidays (法定节假日) and the weekend days
 * worked instead (调休上班) are data the user edits, since they change every year.
 */
export const complaintRulesSchema = z.object({
  acceptDays: z.number().int().min(1).max(90),
  concludeDays: z.number().int().min(1).max(365),
  extensionMaxDays: z.number().int().min(0).max(180),
  /** A deadline this many days ahead or fewer shows as 即将到期 (home lists them for the week). */
  dueSoonDays: z.number().int().min(0).max(30),
  workingDays: z.boolean(),
  holidays: z.array(isoDay).max(400),
  /** Weekend days that are working days (调休上班). */
  workdays: z.array(isoDay).max(100),
});

/**
 * What a street office configures once: who it is, who is typing, and the local rules that
 * vary by city (term length, reminder horizon, notice numbering, assessment weights, the
 * acceptance threshold). Kept by electron-store in the desktop app and by localStorage in the
 * browser build, both behind this one schema.
 */
export const settingsSchema = z.object({
  streetName: z.string().trim().max(100),
  district: z.string().trim().max(100),
  operator: z.string().trim().max(50),
  locale: z.enum(LOCALES),
  /** Default length of an owners' committee term; local regulation says 3 to 5 years. */
  committeeTermYears: z.number().int().min(1).max(10),
  /** A term ending within this many months shows as 即将到期. */
  termExpiryWarningMonths: z.number().int().min(0).max(24),
  /** Rectification notice numbers: {year} and {n} are replaced, e.g. 〔2024〕第12号. */
  noticeNumberPattern: z.string().trim().min(1).max(60).refine((p) => p.includes('{n}'), 'must contain {n}'),
  /** Weights of the six categories in a scored assessment (考评); they need not sum to 100. */
  assessmentWeights: weightsSchema,
  /** Share of satisfied households at which an estate is accepted (plan 4: 85 %). */
  acceptanceThreshold: z.number().min(0).max(1),
  /** Where the desktop app writes its backups; '' is Documents/街道物业台账/备份 (issue 9). */
  backupDirectory: z.string().trim().max(500),
  /** Backups kept: the latest n, plus one a day and one a month back this far. */
  backupKeepLast: z.number().int().min(1).max(100),
  backupKeepDays: z.number().int().min(0).max(366),
  backupKeepMonths: z.number().int().min(0).max(120),
  /** While the app is open it backs up this often, besides the first start of each day. */
  backupIntervalHours: z.number().int().min(1).max(24),
  /** Estate fields whose change asks for a reason, kept in the field history. */
  reasonRequiredFields: z.array(z.enum(REASON_FIELDS)).max(REASON_FIELDS.length),
  /** The other tracked kinds' fields whose change asks for a reason (shared/history/trackedTables.ts). */
  reasonRequiredByKind: reasonRequiredByKindSchema,
  /** 大字模式 (适老化): larger type and controls across the whole window. */
  largeText: z.boolean(),
  /** How companies' credit files are scored: points per event, grade bands (issue 12). */
  creditRules: creditRulesSchema,
  /** Complaint numbers: {year} and {n} are replaced, as for notices. */
  complaintNumberPattern: z.string().trim().min(1).max(60).refine((p) => p.includes('{n}'), 'must contain {n}'),
  /** Complaint deadlines and how their days are counted (issue 11). */
  complaintRules: complaintRulesSchema,
  /** Plan 1: working days a week with a spot check (抽查); the dashboard's duty indicator. */
  spotCheckDaysPerWeek: z.number().int().min(0).max(5),
  /** Plan 3: patrols a day in each estate the street service centre manages. */
  patrolsPerDay: z.number().int().min(0).max(24),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  streetName: '',
  district: '',
  operator: '',
  locale: 'zh-CN',
  committeeTermYears: 5,
  termExpiryWarningMonths: 3,
  // Data: the office's own numbering pattern (a setting the clerk may change), not UI words.
  noticeNumberPattern: '〔{year}〕第{n}号',
  assessmentWeights: { publicOrder: 20, sanitation: 20, security: 20, facilities: 20, greening: 10, other: 10 },
  acceptanceThreshold: 0.85,
  backupDirectory: '',
  backupKeepLast: 10,
  backupKeepDays: 14,
  backupKeepMonths: 12,
  backupIntervalHours: 4,
  reasonRequiredFields: [...DEFAULT_REASON_FIELDS],
  reasonRequiredByKind: {},
  largeText: false,
  creditRules: DEFAULT_CREDIT_RULES,
  complaintNumberPattern: '投〔{year}〕{n}号',
  complaintRules: { acceptDays: 15, concludeDays: 60, extensionMaxDays: 30, dueSoonDays: 7, workingDays: false, holidays: [], workdays: [] },
  spotCheckDaysPerWeek: 1,
  patrolsPerDay: 2,
};

/** A change from the settings page: any subset of fields. */
export const settingsPatchSchema = settingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** The first-run form is complete once the office is named and the operator is known. */
export function isFirstRunComplete(settings: Settings): boolean {
  return settings.streetName !== '' && settings.district !== '' && settings.operator !== '';
}

/**
 * Reads whatever a store held (an older version, hand-edited JSON, garbage) as valid settings:
 * each field that fails the schema falls back to its default instead of locking the user out,
 * and fields an older version never wrote get their defaults.
 */
export function coerceSettings(raw: unknown): Settings {
  const source: Readonly<Record<string, unknown>> = typeof raw === 'object' && raw !== null ? { ...raw } : {};
  const field = <K extends keyof Settings>(key: K): Settings[K] => {
    const parsed = settingsSchema.shape[key].safeParse(source[key]);
    return parsed.success ? (parsed.data as Settings[K]) : DEFAULT_SETTINGS[key];
  };
  return {
    streetName: field('streetName'),
    district: field('district'),
    operator: field('operator'),
    locale: field('locale'),
    committeeTermYears: field('committeeTermYears'),
    termExpiryWarningMonths: field('termExpiryWarningMonths'),
    noticeNumberPattern: field('noticeNumberPattern'),
    assessmentWeights: field('assessmentWeights'),
    acceptanceThreshold: field('acceptanceThreshold'),
    backupDirectory: field('backupDirectory'),
    backupKeepLast: field('backupKeepLast'),
    backupKeepDays: field('backupKeepDays'),
    backupKeepMonths: field('backupKeepMonths'),
    backupIntervalHours: field('backupIntervalHours'),
    reasonRequiredFields: field('reasonRequiredFields'),
    reasonRequiredByKind: field('reasonRequiredByKind'),
    largeText: field('largeText'),
    creditRules: field('creditRules'),
    complaintNumberPattern: field('complaintNumberPattern'),
    complaintRules: field('complaintRules'),
    spotCheckDaysPerWeek: field('spotCheckDaysPerWeek'),
    patrolsPerDay: field('patrolsPerDay'),
  };
}
