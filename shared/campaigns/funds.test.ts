import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fundBalance, validateFund, validatePayment, type FundPayment, type FundShare } from './funds';
import { formatYuan, parseFen } from './money';

/** Plan 4's fund of one estate: 10万, half district and half street, 2万 of each up front. */
const plan4 = {
  plannedFen: 10_000_000,
  shares: [
    { source: 'district', fen: 5_000_000, upfrontFen: 2_000_000 },
    { source: 'street', fen: 5_000_000, upfrontFen: 2_000_000 },
  ] satisfies FundShare[],
};

const payment = (id: string, source: FundPayment['source'], stage: FundPayment['stage'], paidOn: string, amountFen: number) => ({ id, source, stage, paidOn, amountFen });

describe('amounts in fen', () => {
  it('reads yuan and 万 as written in plans and sheets, exactly', () => {
    expect(parseFen('10万')).toBe(10_000_000);
    expect(parseFen('10万元')).toBe(10_000_000);
    expect(parseFen('１０万')).toBe(10_000_000);
    expect(parseFen('2.5万')).toBe(2_500_000);
    expect(parseFen('100,000.00')).toBe(10_000_000);
    expect(parseFen('￥50000')).toBe(5_000_000);
    expect(parseFen(0.1)).toBe(10);
    expect(parseFen(50000.07)).toBe(5_000_007);
    expect(parseFen('')).toBeNull();
    expect(parseFen(null)).toBeNull();
  });

  it('refuses what is not an amount, and fractions of a fen', () => {
    for (const raw of ['十万', '1.005', '1e5', 'abc', '1.2.3', Number.NaN]) expect(parseFen(raw)).toBeUndefined();
  });

  it('formats fen as yuan and reads it back to the same fen, for any amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000_000 }), (fen) => {
        expect(parseFen(formatYuan(fen))).toBe(fen);
        expect(parseFen(fen / 100)).toBe(fen);
      }),
    );
  });
});

describe('an estate’s fund against its payments', () => {
  it('keeps what remains per source after plan 4’s start-up money', () => {
    const balance = fundBalance(plan4, [payment('p1', 'district', 'upfront', '2026-03-01', 2_000_000)]);
    expect(balance.paidFen).toBe(2_000_000);
    expect(balance.remainingFen).toBe(8_000_000);
    expect(balance.sources.map((s) => [s.source, s.remainingFen])).toEqual([['district', 3_000_000], ['street', 5_000_000]]);
    expect(balance.findings).toEqual([]);
  });

  it('flags shares that do not add up to the plan', () => {
    const short = { ...plan4, shares: [plan4.shares[0]!, { ...plan4.shares[1]!, fen: 4_000_000 }] };
    expect(fundBalance(short, []).findings).toEqual([{ kind: 'sharesDoNotAddUp', plannedFen: 10_000_000, sharesFen: 9_000_000 }]);
  });

  it('flags more paid than a share, more up front than allowed, and a source without a share', () => {
    const findings = fundBalance(plan4, [
      payment('p1', 'street', 'upfront', '2026-03-01', 2_500_000),
      payment('p2', 'street', 'final', '2026-09-01', 3_000_000),
      payment('p3', 'city', 'upfront', '2026-03-01', 100),
    ]).findings;
    expect(findings).toEqual([
      { kind: 'paidOverShare', source: 'street', paidFen: 5_500_000, shareFen: 5_000_000 },
      { kind: 'upfrontOverAllowance', source: 'street', paidFen: 2_500_000, upfrontFen: 2_000_000 },
      { kind: 'paidWithoutShare', source: 'city', paidFen: 100 },
    ]);
  });

  it('flags a last payment made before the estate was accepted, where acceptance is its condition', () => {
    const payments = [payment('p9', 'district', 'final', '2026-08-01', 3_000_000)];
    expect(fundBalance(plan4, payments, { required: true, acceptedOn: null }).findings).toEqual([{ kind: 'finalBeforeAcceptance', paymentId: 'p9', paidOn: '2026-08-01' }]);
    expect(fundBalance(plan4, payments, { required: true, acceptedOn: '2026-08-02' }).findings).toHaveLength(1);
    expect(fundBalance(plan4, payments, { required: true, acceptedOn: '2026-08-01' }).findings).toEqual([]);
    expect(fundBalance(plan4, payments, { required: false, acceptedOn: null }).findings).toEqual([]);
  });

  it('adds up to the fen: paid plus remaining is the plan, and a sum of shares equal to the plan is never flagged', () => {
    const source = fc.constantFrom('district', 'street', 'city', 'other' as const);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ source, fen: fc.integer({ min: 0, max: 10_000_000_000 }) }), { selector: (s) => s.source, maxLength: 4 }),
        fc.array(fc.record({ source, amountFen: fc.integer({ min: 1, max: 1_000_000_000 }), stage: fc.constantFrom('upfront', 'final' as const) }), { maxLength: 8 }),
        (shares, paid) => {
          const plannedFen = shares.reduce((n, s) => n + s.fen, 0);
          const fund = { plannedFen, shares: shares.map((s) => ({ ...s, upfrontFen: s.fen })) };
          const balance = fundBalance(fund, paid.map((p, i) => ({ ...p, id: `p${i}`, paidOn: '2026-01-01' })));
          expect(balance.paidFen + balance.remainingFen).toBe(plannedFen);
          expect(Number.isInteger(balance.remainingFen)).toBe(true);
          expect(balance.findings.some((f) => f.kind === 'sharesDoNotAddUp')).toBe(false);
          const off = fundBalance({ ...fund, plannedFen: plannedFen + 1 }, []);
          expect(off.findings.some((f) => f.kind === 'sharesDoNotAddUp')).toBe(shares.length > 0);
        },
      ),
    );
  });
});

describe('fund and payment forms', () => {
  it('reads plan 4’s fund as typed in 万', () => {
    const fund = validateFund({ campaignId: 'c', estateId: 'e', planned: '10万', shares: [{ source: 'district', amount: '5万', upfront: '2万' }, { source: 'street', amount: '50000', upfront: '20000' }] });
    expect(fund).toEqual({ ok: true, value: { campaignId: 'c', estateId: 'e', ...plan4 } });
  });

  it('refuses an up-front part larger than its share, a source twice and a non-amount', () => {
    const fund = validateFund({ campaignId: 'c', estateId: 'e', planned: '十万', shares: [{ source: 'district', amount: '1万', upfront: '2万' }, { source: 'district', amount: '1万' }] });
    expect(fund.ok ? [] : fund.problems.map((p) => `${p.field}:${p.code}`)).toEqual(['planned:notAnAmount', 'shares.0.upfront:exceedsShare', 'shares.1.source:duplicateSource']);
  });

  it('refuses a payment of nothing', () => {
    const paid = validatePayment({ campaignId: 'c', estateId: 'e', source: 'street', stage: 'upfront', paidOn: '2026-03-01', amount: '0' });
    expect(paid.ok ? [] : paid.problems.map((p) => p.code)).toEqual(['notPositive']);
  });
});
