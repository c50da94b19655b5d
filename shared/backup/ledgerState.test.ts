import { describe, expect, it } from 'vitest';
import { checkLedger, type LedgerState } from './ledgerState';

const recorded = (counts: Record<string, number>): LedgerState => ({ databaseName: 'street-ledger', counts, writtenAt: 1_700_000_000_000 });

describe('the last known state of the ledger', () => {
  it('stops at recovery when the database is gone, empty, or lost more than half its records', () => {
    const before = recorded({ communities: 9, estates: 120, notices: 4 });
    expect(checkLedger(before, { exists: false, counts: {} }).status).toBe('missing');
    expect(checkLedger(before, { exists: true, counts: { communities: 0, estates: 0 } }).status).toBe('shrunk');
    expect(checkLedger(before, { exists: true, counts: { communities: 9, estates: 40 } }).status).toBe('shrunk');
  });

  it('lets ordinary work through: no record yet, a few deletions, growth', () => {
    expect(checkLedger(null, { exists: false, counts: {} }).status).toBe('ok');
    expect(checkLedger(recorded({}), { exists: true, counts: {} }).status).toBe('ok');
    expect(checkLedger(recorded({ communities: 9, estates: 120 }), { exists: true, counts: { communities: 9, estates: 110 } }).status).toBe('ok');
    expect(checkLedger(recorded({ communities: 2, estates: 6 }), { exists: true, counts: { communities: 2, estates: 1 } }).status).toBe('ok');
    expect(checkLedger(recorded({ estates: 10 }), { exists: true, counts: { estates: 10_000 } }).status).toBe('ok');
  });
});
