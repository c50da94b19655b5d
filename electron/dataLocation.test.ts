import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appOriginFor } from './appOrigin';
import { APP_ENTRY_URL, APP_ORIGIN } from './appScheme';
import { DEVELOPMENT_PROFILE_FOLDER, PROFILE_FOLDER, userDataPath } from './dataLocation';

/*
 * Every installed copy's ledger lives in IndexedDB under this origin, in this profile folder.
 * If one of these tests fails, do not update the expectation: users upgrading to that build
 * would open an empty ledger. Move the data deliberately (a backup restored) instead.
 */
describe('where the data lives', () => {
  it('keeps the packaged page on one origin, app://street-ledger, in every version', () => {
    expect(APP_ORIGIN).toBe('app://street-ledger');
    expect(APP_ENTRY_URL).toBe('app://street-ledger/index.html');
    expect(appOriginFor()).toEqual({ kind: 'bundle', origin: 'app://street-ledger', entryUrl: 'app://street-ledger/index.html' });
  });

  it('keeps the profile in one fixed folder, whatever the product is called', () => {
    expect(PROFILE_FOLDER).toBe('street-ledger');
    expect(userDataPath('C:\\Users\\clerk\\AppData\\Roaming', true)).toBe(path.join('C:\\Users\\clerk\\AppData\\Roaming', 'street-ledger'));
    expect(userDataPath('/home/clerk/.config', false)).toBe(path.join('/home/clerk/.config', DEVELOPMENT_PROFILE_FOLDER));
    expect(DEVELOPMENT_PROFILE_FOLDER).not.toBe(PROFILE_FOLDER);
  });
});
