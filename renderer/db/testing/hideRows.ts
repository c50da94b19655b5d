import type { StreetLedgerDb } from '../StreetLedgerDb';

/**
 * Makes every read of `tableName` come back empty while writes still go through, so a test
 * can show what the unique indexes do when a writer's own checks see nothing (a racing or
 * careless writer). Dexie wires middleware in on open, hence the reopen. Returns the undo.
 */
export async function hideRowsFrom(db: StreetLedgerDb, tableName: string): Promise<() => Promise<void>> {
  const name = `hide-${tableName}`;
  db.close({ disableAutoOpen: false });
  db.use({
    stack: 'dbcore',
    name,
    create: (down) => ({
      ...down,
      table: (requested) => {
        const table = down.table(requested);
        if (requested !== tableName) return table;
        return { ...table, query: async (req) => ({ ...(await table.query(req)), result: [] }), openCursor: async () => null };
      },
    }),
  });
  await db.open();
  return async () => {
    db.close({ disableAutoOpen: false });
    db.unuse({ stack: 'dbcore', name });
    await db.open();
  };
}
