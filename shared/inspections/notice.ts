import type { FoundProblem } from './inspection';
import type { EscalationKind } from './kinds';

/**
 * 待整改 → 已报告整改 → 复查合格 (closed), or 复查不合格 (open again with a new deadline).
 * 逾期 is not stored: it is read against today (see overdue.ts), so it can never be stale.
 */
export const NOTICE_STATUSES = ['pending', 'reported', 'reopened', 'closed'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

/** An item to rectify: a problem the inspection found, or one the clerk adds. */
export type NoticeItem = FoundProblem;

export type NoticeEvent =
  | { readonly type: 'reported'; readonly on: string; readonly note: string }
  | { readonly type: 'rechecked'; readonly on: string; readonly passed: boolean; readonly note: string; readonly newDeadline: string | null }
  | { readonly type: 'escalated'; readonly on: string; readonly escalation: EscalationKind; readonly note: string };

/** What a clerk fills in to issue a notice, parsed. */
export interface NoticeFields {
  readonly estateId: string;
  /** The inspection whose problems it lists; null for a notice issued on its own. */
  readonly inspectionId: string | null;
  readonly issuedOn: string;
  readonly responsibleParty: string;
  readonly items: readonly NoticeItem[];
  readonly deadline: string;
}

/** The part of a notice its status machine reads and writes. */
export interface NoticeProgress {
  readonly issuedOn: string;
  readonly status: NoticeStatus;
  /** The deadline now in force: the first one, or the latest a failed re-check set. */
  readonly deadline: string;
  readonly events: readonly NoticeEvent[];
  readonly closedOn: string | null;
}

/** A stored rectification notice (书面整改通知书). */
export interface RectificationNotice extends NoticeFields, NoticeProgress {
  readonly id: string;
  /** Numbering year (of `issuedOn`) and serial in it: unique together, never reused. */
  readonly year: number;
  readonly serial: number;
  /** The number as printed, from the settings pattern at the time of issue. */
  readonly number: string;
  readonly originalDeadline: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export function isOpen(status: NoticeStatus): boolean {
  return status !== 'closed';
}

export const OPEN_STATUSES: readonly NoticeStatus[] = NOTICE_STATUSES.filter(isOpen);

/** Days a rectification deadline is set after the issue date unless the clerk changes it. */
export const DEFAULT_RECTIFICATION_DAYS = 7;
