import type { Validated } from '../common/problem';
import type { Estate } from '../estates';
import type { Inspection, InspectionKind } from '../inspections';
import { FieldReader, NOTE_MAX_LENGTH } from './fields';
import { PARTY_KINDS, partiesOf, partyKey, partyOfEstate, type PartyKind, type ReturnParty } from './party';
import type { AttachmentRef } from './task';

/** A return to collect (报送事项): "each company files its self-inspection form by 9月5日". */
export interface ReturnFields {
  readonly campaignId: string;
  readonly title: string;
  readonly dueOn: string;
  /** Who files it: every estate of the campaign, or every company. */
  readonly partyKind: PartyKind;
  /** Whether an inspection of the campaign of these kinds stands for the filing (a 企业自查 is the self-inspection). */
  readonly inspectionKinds: readonly InspectionKind[];
}

export interface CampaignReturn extends ReturnFields {
  readonly id: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** One party's filing of a return: when it came, and the file. */
export interface FilingFields {
  readonly returnId: string;
  readonly party: ReturnParty;
  readonly receivedOn: string;
  readonly file: AttachmentRef | null;
  readonly note: string;
}

export interface ReturnFiling extends FilingFields {
  readonly id: string;
  readonly campaignId: string;
  /** `partyKey(party)`: one filing per party and return. */
  readonly partyKey: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** The kinds of inspection that can count toward a campaign's returns. */
export const CAMPAIGN_INSPECTION_KINDS: readonly InspectionKind[] = ['campaign', 'selfInspection'];

export interface ReturnDraft {
  readonly campaignId?: unknown;
  readonly title?: unknown;
  readonly dueOn?: unknown;
  readonly partyKind?: unknown;
  readonly inspectionKinds?: unknown;
}

export function validateReturn(draft: ReturnDraft): Validated<ReturnFields> {
  const reader = new FieldReader();
  const campaignId = typeof draft.campaignId === 'string' ? draft.campaignId : '';
  if (campaignId === '') reader.add('campaignId', 'required');
  const title = reader.text('title', draft.title, { required: true });
  const dueOn = reader.date('dueOn', draft.dueOn, { required: true });
  const partyKind = PARTY_KINDS.find((k) => k === draft.partyKind);
  if (partyKind === undefined) reader.add('partyKind', 'unknownKind', { value: String(draft.partyKind ?? '') });
  const kinds = Array.isArray(draft.inspectionKinds) ? draft.inspectionKinds : [];
  const inspectionKinds = CAMPAIGN_INSPECTION_KINDS.filter((k) => kinds.includes(k));
  return reader.result({ campaignId, title, dueOn: dueOn ?? '', partyKind: partyKind ?? 'estate', inspectionKinds });
}

export interface FilingDraft {
  readonly receivedOn?: unknown;
  readonly note?: unknown;
}

export function validateFiling(returnId: string, party: ReturnParty, draft: FilingDraft, file: AttachmentRef | null): Validated<FilingFields> {
  const reader = new FieldReader();
  const receivedOn = reader.date('receivedOn', draft.receivedOn, { required: true });
  const note = reader.text('note', draft.note, { paragraph: true, max: NOTE_MAX_LENGTH });
  return reader.result({ returnId, party, receivedOn: receivedOn ?? '', file, note });
}

/** A line of a return's checklist: one party, and whether (and how) it filed. */
export interface ChecklistLine {
  readonly party: ReturnParty;
  readonly key: string;
  /** The filing, the inspection that stands for it, or nothing yet. */
  readonly received: { readonly by: 'filing'; readonly on: string; readonly filing: ReturnFiling } | { readonly by: 'inspection'; readonly on: string; readonly inspectionId: string } | null;
  /** Received after the deadline. */
  readonly late: boolean;
}

export interface Checklist {
  readonly lines: readonly ChecklistLine[];
  readonly received: number;
  readonly missing: readonly ChecklistLine[];
}

/**
 * Who of the campaign's estates (or their companies) has filed a return, and who is missing.
 * A filing counts; so does an inspection tied to the campaign of a kind the return accepts, of
 * an estate of that party, on any day up to today (a company's 企业自查 of one of its estates
 * is its self-inspection). A filing of a party the campaign no longer covers is still listed.
 */
export function returnChecklist(
  item: Pick<ReturnFields, 'dueOn' | 'partyKind' | 'inspectionKinds'>,
  estates: readonly Pick<Estate, 'id' | 'company'>[],
  filings: readonly ReturnFiling[],
  inspections: readonly Pick<Inspection, 'id' | 'estateId' | 'kind' | 'inspectedOn'>[],
): Checklist {
  const parties = partiesOf(item.partyKind, estates);
  const keys = new Set(parties.map(partyKey));
  for (const filing of filings) if (!keys.has(filing.partyKey)) {
    parties.push(filing.party);
    keys.add(filing.partyKey);
  }
  const filed = new Map(filings.map((f) => [f.partyKey, f]));
  const estateById = new Map(estates.map((e) => [e.id, e]));
  const byInspection = new Map<string, { on: string; inspectionId: string }>();
  for (const inspection of [...inspections].sort((a, b) => a.inspectedOn.localeCompare(b.inspectedOn))) {
    if (!item.inspectionKinds.includes(inspection.kind)) continue;
    const estate = estateById.get(inspection.estateId);
    const party = estate ? partyOfEstate(item.partyKind, estate) : null;
    if (party && !byInspection.has(partyKey(party))) byInspection.set(partyKey(party), { on: inspection.inspectedOn, inspectionId: inspection.id });
  }
  const lines = parties.map((party): ChecklistLine => {
    const key = partyKey(party);
    const filing = filed.get(key);
    const inspection = byInspection.get(key);
    const received = filing ? { by: 'filing' as const, on: filing.receivedOn, filing } : inspection ? { by: 'inspection' as const, ...inspection } : null;
    return { party, key, received, late: received !== null && received.on > item.dueOn };
  });
  const missing = lines.filter((l) => l.received === null);
  return { lines, received: lines.length - missing.length, missing };
}
