import path from 'node:path';

/**
 * Where an installation's records live, pinned for good. Chromium keys IndexedDB and
 * localStorage by origin inside the profile folder (userData): change either and the app opens
 * an empty ledger while the old one sits unreachable on disk (the kind of loss electron#38616
 * and Dexie#958 report). So neither may derive from anything that changes between releases —
 * productName, version, the executable's name — and dataLocation.test.ts fails if one moves.
 */
export const PROFILE_FOLDER = 'street-ledger';
/** Development runs keep their own records, so they never touch an installed copy's. */
export const DEVELOPMENT_PROFILE_FOLDER = 'street-ledger-dev';

export function userDataPath(appData: string, isPackaged: boolean): string {
  return path.join(appData, isPackaged ? PROFILE_FOLDER : DEVELOPMENT_PROFILE_FOLDER);
}
