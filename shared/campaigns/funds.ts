import type { Validated } from '../common/problem';
import { FieldReader, NOTE_MAX_LENGTH } from './fields';
import { MAX_FEN, parseFen, sumFen, type Fen } from './money';

/** Where an estate's fund comes from (plan 4: 区和街道各安排5万元). */
export const FUND_SOURCES = ['district', 'street', 'city', 'other'] as const;
export type FundSource = (typeof FUND_SOURCES)[number];

/** One source's share of an estate's fund, and how much of it is paid up front (启动经费). */
export interface FundShare {
  readonly source: FundSource;
  readonly fen: Fen;
  readonly upfrontFen: Fen;
}

export interface FundFields {
  readonly campaignId: string;
  readonly estateId: string;
  readonly plannedFen: Fen;
  readonly shares: readonly FundShare[];
}

/** An estate's fund in a campaign (经费): the plan and who bears what. */
export interface EstateFund extends FundFields {
  readonly id: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** 启动经费 up front, or the rest once the estate is accepted (验收合格后全部到位). */
export const PAYMENT_STAGES = ['upfront', 'final'] as const;
export type PaymentStage = (typeof PAYMENT_STAGES)[number];

export interface PaymentFields {
  readonly campaignId: string;
  readonly estateId: string;
  readonly source: FundSource;
  readonly stage: PaymentStage;
  readonly paidOn: string;
  readonly amountFen: Fen;
  readonly note: string;
}

export interface FundPayment extends PaymentFields {
  readonly id: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

function amount(reader: FieldReader, field: string, raw: unknown, options: { required?: boolean; positive?: boolean } = {}): Fen {
  const fen = parseFen(raw);
  if (fen === undefined) {
    reader.add(field, 'notAnAmount', { value: String(raw) });
    return 0;
  }
  if (fen === null) {
    if (options.required) reader.add(field, 'required');
    return 0;
  }
  if (fen < 0) reader.add(field, 'negative');
  else if (options.positive && fen === 0) reader.add(field, 'notPositive');
  else if (fen > MAX_FEN) reader.add(field, 'outOfRange', { min: 0, max: MAX_FEN / 100 });
  return fen;
}

function oneOf<T extends string>(reader: FieldReader, field: string, raw: unknown, values: readonly T[]): T {
  const found = values.find((v) => v === raw);
  if (found === undefined) reader.add(field, 'unknownKind', { value: String(raw ?? '') });
  return found ?? values[0]!;
}

export interface FundDraft {
  readonly campaignId?: unknown;
  readonly estateId?: unknown;
  readonly planned?: unknown;
  readonly shares?: unknown;
}

export function validateFund(draft: FundDraft): Validated<FundFields> {
  const reader = new FieldReader();
  const campaignId = typeof draft.campaignId === 'string' ? draft.campaignId : '';
  const estateId = typeof draft.estateId === 'string' ? draft.estateId : '';
  if (campaignId === '') reader.add('campaignId', 'required');
  if (estateId === '') reader.add('estateId', 'required');
  const plannedFen = amount(reader, 'planned', draft.planned, { required: true });
  const list = Array.isArray(draft.shares) ? (draft.shares as readonly unknown[]) : [];
  const shares = list.map((item, i) => {
    const share = (item ?? {}) as Readonly<Record<string, unknown>>;
    const source = oneOf(reader, `shares.${i}.source`, share.source, FUND_SOURCES);
    const fen = amount(reader, `shares.${i}.amount`, share.amount, { required: true });
    const upfrontFen = amount(reader, `shares.${i}.upfront`, share.upfront);
    if (upfrontFen > fen) reader.add(`shares.${i}.upfront`, 'exceedsShare', { share: fen / 100 });
    return { source, fen, upfrontFen };
  });
  const sources = shares.map((s) => s.source);
  sources.forEach((s, i) => {
    if (sources.indexOf(s) !== i) reader.add(`shares.${i}.source`, 'duplicateSource');
  });
  return reader.result({ campaignId, estateId, plannedFen, shares });
}

export interface PaymentDraft {
  readonly campaignId?: unknown;
  readonly estateId?: unknown;
  readonly source?: unknown;
  readonly stage?: unknown;
  readonly paidOn?: unknown;
  readonly amount?: unknown;
  readonly note?: unknown;
}

export function validatePayment(draft: PaymentDraft): Validated<PaymentFields> {
  const reader = new FieldReader();
  const campaignId = typeof draft.campaignId === 'string' ? draft.campaignId : '';
  const estateId = typeof draft.estateId === 'string' ? draft.estateId : '';
  if (campaignId === '') reader.add('campaignId', 'required');
  if (estateId === '') reader.add('estateId', 'required');
  const source = oneOf(reader, 'source', draft.source, FUND_SOURCES);
  const stage = oneOf(reader, 'stage', draft.stage, PAYMENT_STAGES);
  const paidOn = reader.date('paidOn', draft.paidOn, { required: true });
  const amountFen = amount(reader, 'amount', draft.amount, { required: true, positive: true });
  const note = reader.text('note', draft.note, { paragraph: true, max: NOTE_MAX_LENGTH });
  return reader.result({ campaignId, estateId, source, stage, paidOn: paidOn ?? '', amountFen, note });
}

/** What is planned, paid and left of one source's share. */
export interface SourceBalance {
  readonly source: FundSource;
  readonly shareFen: Fen;
  readonly upfrontFen: Fen;
  readonly paidFen: Fen;
  readonly paidUpfrontFen: Fen;
  readonly remainingFen: Fen;
}

/** Where an estate's fund does not add up, as the class table's findings do for the plan. */
export type FundFinding =
  /** The shares do not add up to the plan (5万 + 4万 ≠ 10万). */
  | { readonly kind: 'sharesDoNotAddUp'; readonly plannedFen: Fen; readonly sharesFen: Fen }
  /** More paid from a source than its share. */
  | { readonly kind: 'paidOverShare'; readonly source: FundSource; readonly paidFen: Fen; readonly shareFen: Fen }
  /** More paid up front than the start-up money allows. */
  | { readonly kind: 'upfrontOverAllowance'; readonly source: FundSource; readonly paidFen: Fen; readonly upfrontFen: Fen }
  /** A payment from a source the plan gives no share. */
  | { readonly kind: 'paidWithoutShare'; readonly source: FundSource; readonly paidFen: Fen }
  /** The last payment went out before the estate was accepted. */
  | { readonly kind: 'finalBeforeAcceptance'; readonly paymentId: string; readonly paidOn: string };

export interface FundBalance {
  readonly plannedFen: Fen;
  readonly paidFen: Fen;
  readonly remainingFen: Fen;
  readonly sources: readonly SourceBalance[];
  readonly findings: readonly FundFinding[];
}

/**
 * An estate's fund against its payments. `acceptedOn` is the day the estate was first accepted
 * (a survey at or above its threshold), or null; it is checked only where the campaign makes
 * acceptance the condition of the last payment.
 */
export function fundBalance(
  fund: Pick<FundFields, 'plannedFen' | 'shares'>,
  payments: readonly Pick<FundPayment, 'id' | 'source' | 'stage' | 'paidOn' | 'amountFen'>[],
  acceptance: { readonly required: boolean; readonly acceptedOn: string | null } = { required: false, acceptedOn: null },
): FundBalance {
  const findings: FundFinding[] = [];
  const sharesFen = sumFen(fund.shares.map((s) => s.fen));
  if (fund.shares.length > 0 && sharesFen !== fund.plannedFen) findings.push({ kind: 'sharesDoNotAddUp', plannedFen: fund.plannedFen, sharesFen });
  const paidOf = (source: FundSource, stage?: PaymentStage) => sumFen(payments.filter((p) => p.source === source && (stage === undefined || p.stage === stage)).map((p) => p.amountFen));
  const sources = fund.shares.map((share) => {
    const paidFen = paidOf(share.source);
    const paidUpfrontFen = paidOf(share.source, 'upfront');
    if (paidFen > share.fen) findings.push({ kind: 'paidOverShare', source: share.source, paidFen, shareFen: share.fen });
    if (paidUpfrontFen > share.upfrontFen) findings.push({ kind: 'upfrontOverAllowance', source: share.source, paidFen: paidUpfrontFen, upfrontFen: share.upfrontFen });
    return { source: share.source, shareFen: share.fen, upfrontFen: share.upfrontFen, paidFen, paidUpfrontFen, remainingFen: share.fen - paidFen };
  });
  const shared = new Set(fund.shares.map((s) => s.source));
  for (const source of new Set(payments.map((p) => p.source))) {
    if (!shared.has(source)) findings.push({ kind: 'paidWithoutShare', source, paidFen: paidOf(source) });
  }
  if (acceptance.required) {
    for (const p of payments) {
      if (p.stage === 'final' && (acceptance.acceptedOn === null || p.paidOn < acceptance.acceptedOn)) findings.push({ kind: 'finalBeforeAcceptance', paymentId: p.id, paidOn: p.paidOn });
    }
  }
  const paidFen = sumFen(payments.map((p) => p.amountFen));
  return { plannedFen: fund.plannedFen, paidFen, remainingFen: fund.plannedFen - paidFen, sources, findings };
}
