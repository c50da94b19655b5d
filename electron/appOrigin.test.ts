import { describe, expect, it } from 'vitest';
import { appOriginFor, isAppUrl, isTrustedSender } from './appOrigin';

const packaged = appOriginFor();
const dev = appOriginFor({ devServerUrl: 'http://localhost:5173' });

describe('appOriginFor', () => {
  it('serves the bundled page from the app:// origin', () => {
    expect(packaged).toEqual({ kind: 'bundle', origin: 'app://street-ledger', entryUrl: 'app://street-ledger/index.html' });
    expect(appOriginFor({ devServerUrl: undefined })).toEqual(packaged);
  });

  it('loads the dev server while developing', () => {
    expect(dev).toEqual({ kind: 'devServer', origin: 'http://localhost:5173', entryUrl: 'http://localhost:5173/' });
  });

  it('refuses a dev server URL that is not http(s)', () => {
    expect(() => appOriginFor({ devServerUrl: 'javascript:alert(1)' })).toThrow();
    expect(() => appOriginFor({ devServerUrl: 'app://street-ledger/' })).toThrow();
  });
});

describe('isAppUrl', () => {
  it('accepts the app page with any route fragment or query', () => {
    expect(isAppUrl(packaged, packaged.entryUrl)).toBe(true);
    expect(isAppUrl(packaged, `${packaged.entryUrl}#/estates/12`)).toBe(true);
    expect(isAppUrl(packaged, `${packaged.entryUrl}?lang=en`)).toBe(true);
  });

  it('accepts any path of the app origin, which serves nothing but the bundle', () => {
    expect(isAppUrl(packaged, 'app://street-ledger/')).toBe(true);
    expect(isAppUrl(packaged, 'app://street-ledger')).toBe(true);
    expect(isAppUrl(packaged, 'app://street-ledger/assets/import.worker-Xy12.js')).toBe(true);
  });

  it('refuses file:// pages, the bundled index.html among them', () => {
    expect(isAppUrl(packaged, 'file:///opt/street-ledger/resources/app.asar/.vite/renderer/main_window/index.html')).toBe(false);
    expect(isAppUrl(packaged, 'file:///C:/Users/clerk/Desktop/evil.html')).toBe(false);
    expect(isAppUrl(packaged, 'file://street-ledger/index.html')).toBe(false);
  });

  it('refuses other app:// hosts, ports and credentials', () => {
    expect(isAppUrl(packaged, 'app://evil/index.html')).toBe(false);
    expect(isAppUrl(packaged, 'app://street-ledger.evil/index.html')).toBe(false);
    expect(isAppUrl(packaged, 'app://evil.street-ledger/index.html')).toBe(false);
    expect(isAppUrl(packaged, 'app://street-ledger:8080/index.html')).toBe(false);
    expect(isAppUrl(packaged, 'app://user@street-ledger/index.html')).toBe(false);
    expect(isAppUrl(packaged, 'app:///street-ledger/index.html')).toBe(false);
    expect(isAppUrl(packaged, 'app:street-ledger/index.html')).toBe(false);
  });

  it('refuses other schemes on the same host name', () => {
    expect(isAppUrl(packaged, 'https://street-ledger/index.html')).toBe(false);
    expect(isAppUrl(packaged, 'http://street-ledger/index.html')).toBe(false);
    expect(isAppUrl(packaged, 'apps://street-ledger/index.html')).toBe(false);
    expect(isAppUrl(packaged, 'https://evil.example/')).toBe(false);
    expect(isAppUrl(packaged, 'http://localhost:5173/')).toBe(false);
    expect(isAppUrl(packaged, 'not a url')).toBe(false);
    expect(isAppUrl(packaged, '')).toBe(false);
  });

  it('compares the dev server by origin', () => {
    expect(isAppUrl(dev, 'http://localhost:5173/src/App.tsx')).toBe(true);
    expect(isAppUrl(dev, 'http://localhost:5174/')).toBe(false);
    expect(isAppUrl(dev, 'http://127.0.0.1:5173/')).toBe(false);
    expect(isAppUrl(dev, 'https://localhost:5173/')).toBe(false);
    expect(isAppUrl(dev, packaged.entryUrl)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts a live frame showing the app page', () => {
    expect(isTrustedSender(packaged, { url: `${packaged.entryUrl}#/` })).toBe(true);
  });

  it('refuses a missing frame, a disposed frame and a foreign page', () => {
    expect(isTrustedSender(packaged, null)).toBe(false);
    expect(isTrustedSender(packaged, undefined)).toBe(false);
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(isTrustedSender(packaged, disposed)).toBe(false);
    expect(isTrustedSender(packaged, { url: 'https://evil.example/' })).toBe(false);
    expect(isTrustedSender(packaged, { url: 'app://evil/index.html#/' })).toBe(false);
    expect(isTrustedSender(packaged, { url: 'file:///opt/street-ledger/index.html#/' })).toBe(false);
    expect(isTrustedSender(dev, { url: 'https://evil.example/' })).toBe(false);
  });
});
