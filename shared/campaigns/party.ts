import type { Estate } from '../estates';
import { nameKey } from '../common/text';

/**
 * Who files a return: an estate, or a property company. Companies are named by the text of the
 * estates' company field today; when companies become records of their own, `companiesOf` and
 * `partyOfEstate` are the one place that learns it.
 */
export const PARTY_KINDS = ['estate', 'company'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

export type ReturnParty =
  | { readonly kind: 'estate'; readonly estateId: string }
  | { readonly kind: 'company'; readonly name: string };

/** One key per party, the same however the company's name was spaced or written in full width. */
export function partyKey(party: ReturnParty): string {
  return party.kind === 'estate' ? `estate:${party.estateId}` : `company:${nameKey(party.name)}`;
}

/** The companies the estates name, each once, in the estates' order. */
export function companiesOf(estates: readonly Pick<Estate, 'company'>[]): ReturnParty[] {
  const seen = new Map<string, ReturnParty>();
  for (const estate of estates) {
    const name = estate.company.trim();
    if (name === '') continue;
    const party: ReturnParty = { kind: 'company', name };
    if (!seen.has(partyKey(party))) seen.set(partyKey(party), party);
  }
  return [...seen.values()];
}

/** The party of this kind an estate files for: itself, or its company (none when it names none). */
export function partyOfEstate(kind: PartyKind, estate: Pick<Estate, 'id' | 'company'>): ReturnParty | null {
  if (kind === 'estate') return { kind: 'estate', estateId: estate.id };
  const name = estate.company.trim();
  return name === '' ? null : { kind: 'company', name };
}

/** Every party of this kind a campaign's estates bring. */
export function partiesOf(kind: PartyKind, estates: readonly Pick<Estate, 'id' | 'company'>[]): ReturnParty[] {
  return kind === 'estate' ? estates.map((e) => ({ kind: 'estate', estateId: e.id })) : companiesOf(estates);
}

/** How a party is named to a person: the estate's name, or the company's as typed. */
export function partyName(party: ReturnParty, estateName: (id: string) => string): string {
  return party.kind === 'estate' ? estateName(party.estateId) : party.name;
}
