import { compositeKey } from '../../common/compositeKey';
import type { Problem, Validated } from '../../common/problem';
import { keptText, nameKey } from '../../common/text';
import { COMMUNITY_SYNONYMS, ESTATE_SYNONYMS, estateKey, estateReference } from '../../estates';
import type { FieldDef } from '../../exchange/mapping';
import { FUND_SOURCES, PAYMENT_STAGES, validateFund, validatePayment, type FundShare, type FundSource, type PaymentFields } from '../funds';
import { campaignMessages } from '../messages';
import { campaignLabel, campaignMapping, readCampaignNamed, type CampaignNamed } from './campaignRef';

/** Rows about one estate of a campaign name it by community and estate. */
interface EstateNamed {
  readonly community: string;
  readonly estate: string;
}

const PLACE: readonly FieldDef[] = [
  { key: 'community', kind: 'text', required: true, synonyms: [...COMMUNITY_SYNONYMS] },
  { key: 'estate', kind: 'text', required: true, synonyms: [...ESTATE_SYNONYMS] },
];

const zh = campaignMessages['zh-CN'];
const text = (raw: unknown) => (raw === null || raw === undefined ? '' : keptText(String(raw)));

function readPlace(draft: Readonly<Record<string, unknown>>, problems: Problem[]): EstateNamed {
  const community = text(draft.community);
  const estate = text(draft.estate);
  if (community === '') problems.push({ field: 'community', code: 'required' });
  if (estate === '') problems.push({ field: 'estate', code: 'required' });
  return { community, estate };
}

const placeKey = (v: CampaignNamed & EstateNamed) => estateKey(nameKey(v.community), nameKey(v.estate));
const NOT_PLACE = new Set(['campaignId', 'estateId']);

/** An estate's fund as a sheet row: the plan and, per source, its share and what of it is start-up money. */
export type FundRow = CampaignNamed & EstateNamed & { readonly plannedFen: number; readonly shares: readonly FundShare[] };

/** 区级份额（元）, 区级启动经费（元） … one pair of columns per source. */
export const shareHeader = (source: FundSource) => `${zh.source[source]}份额（元）`;
export const upfrontHeader = (source: FundSource) => `${zh.source[source]}启动经费（元）`;

export const fundsMapping = campaignMapping<FundRow>({
  kind: 'campaignFunds',
  fields: [
    ...PLACE,
    { key: 'planned', kind: 'text', required: true, synonyms: ['计划经费（元）', '计划经费', '经费（元）'] },
    ...FUND_SOURCES.flatMap((source): FieldDef[] => [
      { key: `${source}Share`, kind: 'text', synonyms: [shareHeader(source)] },
      { key: `${source}Upfront`, kind: 'text', synonyms: [upfrontHeader(source)] },
    ]),
  ],
  minFields: 5,
  validate(draft): Validated<FundRow> {
    const problems: Problem[] = [];
    const named = readCampaignNamed(draft, problems);
    const place = readPlace(draft, problems);
    const given = FUND_SOURCES.filter((s) => text(draft[`${s}Share`]) !== '' || text(draft[`${s}Upfront`]) !== '');
    const result = validateFund({ campaignId: '-', estateId: '-', planned: draft.planned, shares: given.map((source) => ({ source, amount: draft[`${source}Share`], upfront: draft[`${source}Upfront`] })) });
    if (!result.ok) {
      for (const p of result.problems) {
        const share = /^shares\.(\d+)\.(amount|upfront)$/.exec(p.field);
        const source = share ? given[Number(share[1])] : undefined;
        problems.push(source && share ? { ...p, field: `${source}${share[2] === 'amount' ? 'Share' : 'Upfront'}` } : p);
      }
    }
    if (!result.ok || problems.length > 0) return { ok: false, problems: problems.filter((p) => !NOT_PLACE.has(p.field)) };
    return { ok: true, value: { ...named, ...place, plannedFen: result.value.plannedFen, shares: result.value.shares } };
  },
  identity: (value) => ({ key: compositeKey(compositeKey(nameKey(value.campaign), value.year), placeKey(value)), field: 'estate', label: campaignLabel(value, `${value.community} / ${value.estate}`) }),
  references: (value) => [estateReference(value.community, value.estate)],
  diffFields: ['plannedFen', 'shares'],
});

/** A payment as a sheet row. */
export type PaymentRow = CampaignNamed & EstateNamed & Omit<PaymentFields, 'campaignId' | 'estateId'>;

export const paymentsMapping = campaignMapping<PaymentRow>({
  kind: 'campaignPayments',
  fields: [
    ...PLACE,
    { key: 'source', kind: 'text', required: true, synonyms: ['经费来源', '来源'] },
    { key: 'stage', kind: 'text', required: true, synonyms: ['拨付类型', '拨付阶段'] },
    { key: 'paidOn', kind: 'date', required: true, synonyms: ['拨付日期', '到账日期'] },
    { key: 'amount', kind: 'text', required: true, synonyms: ['拨付金额（元）', '金额（元）', '金额'] },
    { key: 'note', kind: 'text', synonyms: ['备注', '说明'] },
  ],
  minFields: 6,
  validate(draft): Validated<PaymentRow> {
    const problems: Problem[] = [];
    const named = readCampaignNamed(draft, problems);
    const place = readPlace(draft, problems);
    const source = FUND_SOURCES.find((s) => zh.source[s] === text(draft.source)) ?? draft.source;
    const stage = PAYMENT_STAGES.find((s) => zh.stage[s] === text(draft.stage)) ?? draft.stage;
    const result = validatePayment({ ...draft, campaignId: '-', estateId: '-', source, stage });
    if (!result.ok) problems.push(...result.problems.filter((p) => !NOT_PLACE.has(p.field)));
    if (!result.ok || problems.length > 0) return { ok: false, problems };
    const { campaignId: _c, estateId: _e, ...fields } = result.value;
    return { ok: true, value: { ...named, ...place, ...fields } };
  },
  // Two payments of one estate, source and stage on the same day with the same amount are one.
  identity: (value) => ({
    key: compositeKey(compositeKey(nameKey(value.campaign), value.year), placeKey(value), value.source, value.stage, value.paidOn, value.amountFen),
    field: 'paidOn',
    label: campaignLabel(value, `${value.community} / ${value.estate}`, value.paidOn),
  }),
  references: (value) => [estateReference(value.community, value.estate)],
  diffFields: ['note'],
});
