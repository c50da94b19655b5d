import { compositeKey } from '../../common/compositeKey';
import type { Problem, Validated } from '../../common/problem';
import { keptParagraph, keptText, nameKey } from '../../common/text';
import { COMMUNITY_SYNONYMS, ESTATE_SYNONYMS, estateKey, estateReference } from '../../estates';
import type { RecordReference } from '../../exchange/mapping';
import { parseDate } from '../../common/dates';
import { campaignLabel, campaignMapping, readCampaignNamed, type CampaignNamed } from './campaignRef';
import { returnRowKey } from './itemMappings';

/**
 * One party's filing of a return as a sheet row: an estate (社区 and 小区) or a company (物业服务企业).
 * The file itself stays in the app; the sheet carries its name only.
 */
export interface FilingRow extends CampaignNamed {
  readonly title: string;
  readonly community: string;
  readonly estate: string;
  readonly company: string;
  readonly receivedOn: string;
  readonly note: string;
}

const text = (raw: unknown) => (raw === null || raw === undefined ? '' : keptText(String(raw)));

export const filingsMapping = campaignMapping<FilingRow>({
  kind: 'campaignFilings',
  fields: [
    { key: 'title', kind: 'text', required: true, synonyms: ['报送事项', '报送材料', '事项'] },
    { key: 'community', kind: 'text', synonyms: [...COMMUNITY_SYNONYMS] },
    { key: 'estate', kind: 'text', synonyms: [...ESTATE_SYNONYMS] },
    { key: 'company', kind: 'text', synonyms: ['物业服务企业', '物业企业', '物业公司', '报送企业'] },
    { key: 'receivedOn', kind: 'date', required: true, synonyms: ['收到日期', '报送日期', '收文日期'] },
    { key: 'note', kind: 'text', synonyms: ['备注', '说明'] },
  ],
  minFields: 4,
  validate(draft): Validated<FilingRow> {
    const problems: Problem[] = [];
    const named = readCampaignNamed(draft, problems);
    const title = text(draft.title);
    if (title === '') problems.push({ field: 'title', code: 'required' });
    const community = text(draft.community);
    const estate = text(draft.estate);
    const company = text(draft.company);
    // A party is an estate (community and estate) or a company; never both, never neither.
    if (company === '' && (estate === '' || community === '')) problems.push({ field: estate === '' ? 'company' : 'community', code: 'required' });
    const received = parseDate(draft.receivedOn);
    if (!received.ok) problems.push({ field: 'receivedOn', code: 'notADate', params: { value: String(draft.receivedOn) } });
    else if (received.value === null) problems.push({ field: 'receivedOn', code: 'required' });
    const note = draft.note === null || draft.note === undefined ? '' : keptParagraph(String(draft.note));
    if (problems.length > 0 || !received.ok || received.value === null) return { ok: false, problems };
    return { ok: true, value: { ...named, title, community: company === '' ? community : '', estate: company === '' ? estate : '', company, receivedOn: received.value, note } };
  },
  identity: (value) => ({
    key: compositeKey(returnRowKey(value.campaign, value.year, value.title), value.company !== '' ? `company:${nameKey(value.company)}` : `estate:${estateKey(nameKey(value.community), nameKey(value.estate))}`),
    field: value.company !== '' ? 'company' : 'estate',
    label: campaignLabel(value, value.title, value.company || `${value.community} / ${value.estate}`),
  }),
  references: (value): RecordReference[] => [
    { kind: 'campaignReturns', key: returnRowKey(value.campaign, value.year, value.title), problem: { field: 'title', code: 'notFound' } },
    ...(value.company === '' ? [estateReference(value.community, value.estate)] : []),
  ],
  diffFields: ['receivedOn', 'note'],
});
