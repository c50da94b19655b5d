import type { SearchProvider } from '../../shared/search';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';

/** Committee members of every term, found by name; Enter opens their estate's committee. */
export const committeeMemberSearchProvider: SearchProvider<StreetLedgerDb> = {
  kind: 'committeeMember',
  async documents(db) {
    const [terms, estates] = await Promise.all([db.committeeTerms.toArray(), db.estates.toArray()]);
    const estateName = new Map(estates.map((e) => [e.id, e.name]));
    return terms.flatMap((term) =>
      term.members.map((member) => ({
        kind: 'committeeMember' as const,
        id: `${term.id}/${member.id}`,
        opens: { committee: term.estateId },
        title: member.name,
        detail: estateName.get(term.estateId) ?? '',
        texts: [member.name],
      })),
    );
  },
};
