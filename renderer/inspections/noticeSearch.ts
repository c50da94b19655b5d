import type { SearchProvider } from '../../shared/search';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';

/** Rectification notices by their printed number (〔2024〕第12号: typing 2024 or 12 finds it). */
export const noticeSearchProvider: SearchProvider<StreetLedgerDb> = {
  kind: 'notice',
  async documents(db) {
    const [notices, estates] = await Promise.all([db.notices.toArray(), db.estates.toArray()]);
    const estateName = new Map(estates.map((e) => [e.id, e.name]));
    return notices.map((n) => ({
      kind: 'notice',
      id: n.id,
      opens: { notice: n.id },
      title: n.number,
      detail: `${estateName.get(n.estateId) ?? ''} ${n.issuedOn}`,
      texts: [n.number],
    }));
  },
};
