import { INSPECTION_CATEGORIES } from '../../shared/settings/settings';
import { messagesFor } from '../../shared/i18n/catalogs';
import type { ExchangeKind } from '../../shared/exchange/recordKind';
import type { FieldChange } from '../../shared/exchange/diff';
import { categoryFields } from '../../shared/inspections';
import type { Locale } from '../../shared/i18n/locale';

/**
 * A changed field as the clerk reads it: its label and both values in words (类别 二类 → 三类),
 * never the codes the database keeps (estateClass 2 → 3, mode market → employer).
 */

type Vocabulary = Readonly<Record<string | number, string>>;

function vocabularies(kind: ExchangeKind, locale: Locale): Readonly<Record<string, Vocabulary>> {
  const m = messagesFor(locale);
  switch (kind) {
    case 'estates':
      return { estateClass: m.domain.estateClass, mode: m.domain.mode };
    case 'communities':
      return { kind: m.domain.communityKind };
    case 'companies':
      return { listing: m.companies.listing };
    case 'committeeMembers':
      return { role: m.committees.role };
    case 'assemblyMeetings':
      return { kind: m.committees.meetingKind };
    case 'committeeTerms':
    case 'preparatoryGroups':
    case 'surveys':
      return {};
    case 'notices':
      return { status: m.inspections.status };
    case 'noticeSteps':
      return { escalation: m.inspections.escalation };
    case 'complaintSteps':
      return { type: m.complaints.step, satisfaction: m.complaints.satisfaction };
    case 'campaignNotes':
      return {};
    case 'creditEntries':
      return { kind: m.companies.eventKind };
    case 'complaints':
      return { channel: m.complaints.channel, category: m.complaints.category, against: m.complaints.party, status: m.complaints.status, satisfaction: m.complaints.satisfaction };
    case 'inspections':
      return { kind: m.inspections.kind, ...Object.fromEntries(INSPECTION_CATEGORIES.map((c) => [categoryFields(c).result, m.inspections.result])) };
    case 'campaigns':
    case 'campaignTasks':
    case 'campaignFilings':
      return {};
    case 'campaignReturns':
      return { partyKind: m.campaigns.partyKind, inspectionKinds: m.inspections.kind };
    case 'campaignFunds':
    case 'campaignPayments':
      return { source: m.campaigns.source, stage: m.campaigns.stage };
  }
}

export function changeWords(kind: ExchangeKind, locale: Locale): (change: FieldChange) => string {
  const m = messagesFor(locale);
  const words = vocabularies(kind, locale);
  const value = (field: string, raw: unknown): string => {
    if (raw === null || raw === undefined || raw === '') return m.ui.exchangePage.blank;
    if (typeof raw === 'boolean') return raw ? m.ui.common.yes : m.ui.common.no;
    // A list of parts (a campaign's phases, a fund's shares) reads as its parts' values.
    if (Array.isArray(raw)) return raw.map((item) => (typeof item === 'object' && item !== null ? Object.values(item).map(String).join(' ') : String(words[field]?.[String(item)] ?? item))).join(m.domain.enumeration);
    const said = words[field]?.[typeof raw === 'number' ? raw : String(raw)];
    return said ?? String(raw);
  };
  return (change) => `${m.domain.fields[change.field] ?? change.field} ${value(change.field, change.before)} → ${value(change.field, change.after)}`;
}
