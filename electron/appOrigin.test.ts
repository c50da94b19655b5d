import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appOriginFor, isAppUrl, isTrustedSender } from './appOrigin';

const indexPath = '/home/办公室/街道 物业台账/resources/app.asar/.vite/renderer/main_window/index.html';
const packaged = appOriginFor({ indexPath });
const dev = appOriginFor({ devServerUrl: 'http://localhost:5173', indexPath });

describe('appOriginFor', () => {
  it('loads the bundled index.html as a canonical file URL', () => {
    expect(packaged).toEqual({ kind: 'file', entryUrl: pathToFileURL(indexPath).href });
    expect(packaged.entryUrl).toMatch(/^file:\/\/\/home\/%E5%8A%9E/);
  });

  it('loads the dev server while developing', () => {
    expect(dev).toEqual({ kind: 'devServer', origin: 'http://localhost:5173', entryUrl: 'http://localhost:5173/' });
  });

  it('refuses a dev server URL that is not http(s)', () => {
    expect(() => appOriginFor({ devServerUrl: 'javascript:alert(1)', indexPath })).toThrow();
  });
});

describe('isAppUrl', () => {
  it('accepts the app page with any route fragment or query', () => {
    expect(isAppUrl(packaged, packaged.entryUrl)).toBe(true);
    expect(isAppUrl(packaged, `${packaged.entryUrl}#/estates/12`)).toBe(true);
    expect(isAppUrl(packaged, `${packaged.entryUrl}?lang=en`)).toBe(true);
  });

  it('accepts the same page written with raw (unencoded) characters, as Chromium canonicalises them', () => {
    expect(isAppUrl(packaged, `file://${indexPath}`)).toBe(true);
  });

  it('refuses any other file, directory or origin', () => {
    expect(isAppUrl(packaged, pathToFileURL('/home/办公室/Desktop/evil.html').href)).toBe(false);
    expect(isAppUrl(packaged, packaged.entryUrl.replace('index.html', ''))).toBe(false);
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
    expect(isTrustedSender(dev, { url: 'https://evil.example/' })).toBe(false);
  });
});
