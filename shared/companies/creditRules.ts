import type { CreditGrade, CreditRules } from '../settings/creditRules';

/** The rules live with the settings (the office sets them); the domain reads them from there. */
export { CREDIT_GRADES, creditRulesSchema, DEFAULT_CREDIT_RULES, type CreditGrade, type CreditPointsKey, type CreditRules } from '../settings/creditRules';

/** The grade a score falls in: A at or above band A, and so on; D below C. */
export function gradeOf(score: number, bands: CreditRules['bands']): CreditGrade {
  if (score >= bands.A) return 'A';
  if (score >= bands.B) return 'B';
  if (score >= bands.C) return 'C';
  return 'D';
}
