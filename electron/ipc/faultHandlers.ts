import { ledgerStateSchema, type LedgerState } from '../../shared/backup';
import type { CommitGuard } from '../commitGuard';
import type { IpcHandlers } from './handlers';

/** Where the last known state of the ledger is kept: electron-store, outside the browser engine's storage. */
export interface LedgerStateBackend {
  read(): unknown;
  write(state: LedgerState): void;
}

export interface FaultDependencies {
  readonly ledgerState: LedgerStateBackend;
  /** Bytes free for the user on the volume of the profile (where IndexedDB writes). */
  readonly freeDiskBytes: () => Promise<number>;
  readonly commitGuard: CommitGuard;
}

type FaultOperations = 'readLedgerState' | 'recordLedgerState' | 'diskSpace' | 'setCommitRunning';

export function createFaultHandlers(deps: FaultDependencies): Pick<IpcHandlers, FaultOperations> {
  return {
    // A damaged or foreign record is no record: the check then has nothing to compare with.
    readLedgerState: async () => {
      const parsed = ledgerStateSchema.safeParse(deps.ledgerState.read());
      return parsed.success ? parsed.data : null;
    },
    recordLedgerState: async (state) => {
      deps.ledgerState.write(state);
      return { recorded: true };
    },
    diskSpace: async () => ({ freeBytes: await deps.freeDiskBytes() }),
    setCommitRunning: async ({ running }) => ({ running: deps.commitGuard.set(running) }),
  };
}
