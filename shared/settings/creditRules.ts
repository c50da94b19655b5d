import { z } from '../common/zod';

/**
 * How a credit file is scored: each kind of event's points, the grade bands and the thresholds
 * that make a record an event. These vary by office, so they are settings; the defaults below
 * are the ones the settings page writes down.
 */
export const CREDIT_GRADES = ['A', 'B', 'C', 'D'] as const;
export type CreditGrade = (typeof CREDIT_GRADES)[number];

const points = z.number().min(-100).max(100);

export const creditRulesSchema = z.object({
  /** Every company starts each year here. */
  start: z.number().min(0).max(1000),
  points: z.object({
    noticeOverdue: points,
    recheckFailed: points,
    talk: points,
    circular: points,
    publicity: points,
    creditFile: points,
    complaintSubstantiated: points,
    /** A 考评 below `assessmentLow`. */
    assessmentLow: points,
    /** A 考评 at or above `assessmentHigh`. */
    assessmentHigh: points,
    /** An acceptance survey under the acceptance threshold (补课). */
    surveyBelowThreshold: points,
    commendation: points,
    modelProject: points,
    penalty: points,
  }),
  assessmentLow: z.number().min(0).max(100),
  assessmentHigh: z.number().min(0).max(100),
  /** The least score of grades A, B and C; anything below C is D. */
  bands: z.object({ A: z.number(), B: z.number(), C: z.number() }).refine((b) => b.A >= b.B && b.B >= b.C, 'bands must fall from A to C'),
});

export type CreditRules = z.infer<typeof creditRulesSchema>;
export type CreditPointsKey = keyof CreditRules['points'];

export const DEFAULT_CREDIT_RULES: CreditRules = {
  start: 100,
  points: {
    noticeOverdue: -5,
    recheckFailed: -3,
    talk: -5,
    circular: -10,
    publicity: -15,
    creditFile: -20,
    complaintSubstantiated: -3,
    assessmentLow: -5,
    assessmentHigh: 3,
    surveyBelowThreshold: -5,
    commendation: 5,
    modelProject: 5,
    penalty: -10,
  },
  assessmentLow: 60,
  assessmentHigh: 90,
  bands: { A: 90, B: 75, C: 60 },
};
