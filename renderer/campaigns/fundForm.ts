import { yuanOfFen, type EstateFund, type FundSource } from '../../shared/campaigns';
import type { Messages } from '../../shared/i18n/catalogs';
import type { ConflictView } from '../components/staleMerge';

/** The fund form's fields: amounts in yuan as typed (50000, 5万), read into fen on save. */
export interface FundValues {
  estateIds: string[];
  planned: string;
  shares: { source: string; amount: string; upfront: string }[];
}

const yuanText = (fen: number) => String(yuanOfFen(fen));

/** A fund's values; a new one starts from `model` (the last one set), without its estate. */
export function fundFormValues(fund: EstateFund | null, model: EstateFund | null): FundValues {
  const from = fund ?? model;
  return {
    estateIds: fund ? [fund.estateId] : [],
    planned: from ? yuanText(from.plannedFen) : '',
    shares: from ? from.shares.map((s) => ({ source: s.source, amount: yuanText(s.fen), upfront: yuanText(s.upfrontFen) })) : [{ source: 'district', amount: '', upfront: '' }],
  };
}

/** A stale correction of a fund: the plan and the sources (kept or taken whole), one line each. */
export function fundConflict({ campaigns: t, faults }: Pick<Messages, 'campaigns' | 'faults'>): ConflictView<FundValues, EstateFund> {
  return {
    valuesOf: (stored) => fundFormValues(stored, null),
    labels: { planned: t.funds.planned, shares: t.funds.shares },
    display: (field, value) =>
      field === 'shares'
        ? (value as FundValues['shares']).map((s) => t.funds.shareLine(t.source[s.source as FundSource] ?? s.source, s.amount, s.upfront)).join(faults.stale.listSeparator)
        : undefined,
  };
}
