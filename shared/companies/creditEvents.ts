import type { Estate } from '../estates';
import {
  addDays, satisfactionRate, type AcceptanceSurvey, type EscalationKind, type Inspection, type RectificationNotice, isOverdue,
} from '../inspections';
import type { Company } from './company';
import { companyIndex } from './companyNames';
import type { CreditPointsKey, CreditRules } from './creditRules';

/**
 * The credit file: dated events with points, most of them read from the app's own records. They
 * are derived, never stored: an event exists while its record says so, and undoing the import
 * that brought the record takes the event with it by construction. Only the events a person
 * enters by hand (表彰, 示范项目, 行政处罚) are rows of their own (`CreditEntry`).
 */

export const HAND_CREDIT_KINDS = ['commendation', 'modelProject', 'penalty'] as const;
export type HandCreditKind = (typeof HAND_CREDIT_KINDS)[number];

export const CREDIT_EVENT_KINDS = [
  'noticeOverdue', 'recheckFailed', 'escalation', 'complaintSubstantiated', 'assessment', 'surveyBelowThreshold', ...HAND_CREDIT_KINDS,
] as const;
export type CreditEventKind = (typeof CREDIT_EVENT_KINDS)[number];

/** A credit event entered by hand, as stored. */
export interface CreditEntryFields {
  readonly companyId: string;
  readonly kind: HandCreditKind;
  /** ISO date. */
  readonly on: string;
  readonly points: number;
  /** What it rests on (文号, the decision, the award), as typed. */
  readonly evidence: string;
}

export interface CreditEntry extends CreditEntryFields {
  readonly id: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** What an event rests on, as data for the locale's words. */
export interface CreditEvidence {
  readonly estate?: string;
  readonly notice?: string;
  readonly score?: number;
  readonly rate?: number;
  readonly escalation?: EscalationKind;
  readonly text?: string;
}

/** The record kinds events come from; a later kind (complaints) adds its own. */
export type CreditSourceKey = 'notices' | 'inspections' | 'surveys' | 'hand' | 'complaints';

export interface CreditEvent {
  /** Stable across reads: the source, the record and the event within it. */
  readonly key: string;
  readonly companyId: string;
  readonly on: string;
  readonly kind: CreditEventKind;
  readonly source: CreditSourceKey;
  readonly recordId: string;
  readonly points: number;
  readonly evidence: CreditEvidence;
}

/** The records the credit file is read from. */
export interface CreditLedger {
  readonly companies: readonly Company[];
  readonly estates: readonly Estate[];
  readonly notices: readonly RectificationNotice[];
  readonly inspections: readonly Inspection[];
  readonly surveys: readonly AcceptanceSurvey[];
  readonly entries: readonly CreditEntry[];
}

export interface CreditContext {
  readonly rules: CreditRules;
  /** ISO date: 逾期 is read against today. */
  readonly today: string;
}

/** Who a record of an estate concerns: the company the estate is linked to. */
export interface CompanyOf {
  ofEstate(estateId: string): string | null;
  /** A notice's 责任单位 when it names a registered company, else the estate's company. */
  ofNotice(notice: Pick<RectificationNotice, 'estateId' | 'responsibleParty'>): string | null;
  estateName(estateId: string): string;
}

export function companyOf(ledger: Pick<CreditLedger, 'companies' | 'estates'>): CompanyOf {
  const estates = new Map(ledger.estates.map((e) => [e.id, e]));
  const index = companyIndex(ledger.companies);
  const known = new Set(ledger.companies.map((c) => c.id));
  const ofEstate = (estateId: string): string | null => {
    const id = estates.get(estateId)?.companyId ?? null;
    return id !== null && known.has(id) ? id : null;
  };
  return {
    ofEstate,
    ofNotice: (notice) => index.find(notice.responsibleParty)?.id ?? ofEstate(notice.estateId),
    estateName: (estateId) => estates.get(estateId)?.name ?? '',
  };
}

/** One kind of record the credit file reads. */
export interface CreditSource {
  readonly key: CreditSourceKey;
  events(ledger: CreditLedger, context: CreditContext, companies: CompanyOf): CreditEvent[];
}

const ESCALATION_POINTS: Readonly<Record<EscalationKind, CreditPointsKey>> = { talk: 'talk', circular: 'circular', publicity: 'publicity', creditFile: 'creditFile' };

/** 逾期 (once per notice, the day after the deadline in force), failed re-checks, escalations. */
export const noticeSource: CreditSource = {
  key: 'notices',
  events(ledger, { rules, today }, companies) {
    const out: CreditEvent[] = [];
    for (const notice of ledger.notices) {
      const companyId = companies.ofNotice(notice);
      if (companyId === null) continue;
      const base = { companyId, source: 'notices' as const, recordId: notice.id };
      const evidence = { estate: companies.estateName(notice.estateId), notice: notice.number };
      const closedLate = notice.status === 'closed' && notice.closedOn !== null && notice.closedOn > notice.deadline;
      if (isOverdue(notice, today) || closedLate) {
        out.push({ ...base, key: `notice:${notice.id}:overdue`, on: addDays(notice.deadline, 1), kind: 'noticeOverdue', points: rules.points.noticeOverdue, evidence });
      }
      notice.events.forEach((event, n) => {
        if (event.type === 'rechecked' && !event.passed) {
          out.push({ ...base, key: `notice:${notice.id}:${n}`, on: event.on, kind: 'recheckFailed', points: rules.points.recheckFailed, evidence });
        } else if (event.type === 'escalated') {
          const points = rules.points[ESCALATION_POINTS[event.escalation]];
          out.push({ ...base, key: `notice:${notice.id}:${n}`, on: event.on, kind: 'escalation', points, evidence: { ...evidence, escalation: event.escalation } });
        }
      });
    }
    return out;
  },
};

/** 考评: every scored assessment is an event; below or at the thresholds it carries points. */
export const assessmentSource: CreditSource = {
  key: 'inspections',
  events(ledger, { rules }, companies) {
    const out: CreditEvent[] = [];
    for (const inspection of ledger.inspections) {
      if (inspection.kind !== 'assessment' || inspection.score === null) continue;
      const companyId = companies.ofEstate(inspection.estateId);
      if (companyId === null) continue;
      const score = inspection.score;
      const points = score < rules.assessmentLow ? rules.points.assessmentLow : score >= rules.assessmentHigh ? rules.points.assessmentHigh : 0;
      out.push({
        key: `inspection:${inspection.id}`, companyId, on: inspection.inspectedOn, kind: 'assessment', source: 'inspections', recordId: inspection.id, points,
        evidence: { estate: companies.estateName(inspection.estateId), score },
      });
    }
    return out;
  },
};

/** An acceptance survey under the threshold it was entered with (补课). */
export const surveySource: CreditSource = {
  key: 'surveys',
  events(ledger, { rules }, companies) {
    const out: CreditEvent[] = [];
    for (const survey of ledger.surveys) {
      const rate = satisfactionRate(survey);
      if (rate >= survey.threshold) continue;
      const companyId = companies.ofEstate(survey.estateId);
      if (companyId === null) continue;
      out.push({
        key: `survey:${survey.id}`, companyId, on: survey.surveyedOn, kind: 'surveyBelowThreshold', source: 'surveys', recordId: survey.id,
        points: rules.points.surveyBelowThreshold, evidence: { estate: companies.estateName(survey.estateId), rate },
      });
    }
    return out;
  },
};

/** The events a person entered, with the points they gave. */
export const handSource: CreditSource = {
  key: 'hand',
  events(ledger) {
    const known = new Set(ledger.companies.map((c) => c.id));
    return ledger.entries
      .filter((entry) => known.has(entry.companyId))
      .map((entry) => ({
        key: `entry:${entry.id}`, companyId: entry.companyId, on: entry.on, kind: entry.kind, source: 'hand' as const, recordId: entry.id,
        points: entry.points, evidence: { text: entry.evidence },
      }));
  },
};

/** Every source the credit file reads: a record kind that brings events adds one line. */
export const CREDIT_SOURCES: readonly CreditSource[] = [noticeSource, assessmentSource, surveySource, handSource];

/** Every company's events, oldest first. */
export function creditEvents(ledger: CreditLedger, context: CreditContext, sources: readonly CreditSource[] = CREDIT_SOURCES): CreditEvent[] {
  const companies = companyOf(ledger);
  return sources
    .flatMap((source) => source.events(ledger, context, companies))
    .sort((a, b) => a.on.localeCompare(b.on) || a.key.localeCompare(b.key));
}
