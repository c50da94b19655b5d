import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_HOST,
  APP_ORIGIN,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  contentTypeFor,
  resolveAppFile,
  type AppFileLookup,
} from './appScheme';

const posixRoot = '/opt/街道物业台账/resources/app.asar/.vite/renderer/main_window';
const windowsRoot = 'C:\\Program Files\\street-ledger\\resources\\app.asar\\.vite\\renderer\\main_window';

const onPosix = (url: string): AppFileLookup => resolveAppFile(url, posixRoot, path.posix);
const onWindows = (url: string): AppFileLookup => resolveAppFile(url, windowsRoot, path.win32);

function servedPath(lookup: AppFileLookup): string {
  if (lookup.status !== 'file') throw new Error(`refused: ${lookup.reason}`);
  return lookup.filePath;
}

describe('the app scheme', () => {
  it('names one origin, app://street-ledger, with index.html as its entry', () => {
    expect(APP_ORIGIN).toBe(`${APP_SCHEME}://${APP_HOST}`);
    expect(APP_ENTRY_URL).toBe(`${APP_ORIGIN}/index.html`);
  });

  it('is standard and secure, may be fetched and streamed, and bypasses nothing', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    });
  });
});

describe('resolveAppFile', () => {
  it('serves index.html for the bare origin and for /', () => {
    for (const url of ['app://street-ledger', 'app://street-ledger/', APP_ENTRY_URL]) {
      expect(onPosix(url), url).toEqual({
        status: 'file',
        filePath: `${posixRoot}/index.html`,
        contentType: 'text/html; charset=utf-8',
        html: true,
      });
    }
  });

  it('ignores the query and the route fragment', () => {
    expect(servedPath(onPosix('app://street-ledger/index.html?lang=en#/estates/12'))).toBe(`${posixRoot}/index.html`);
  });

  it('serves nested assets, including the module worker, as JavaScript', () => {
    const worker = onPosix('app://street-ledger/assets/import.worker-B1x9.js');
    expect(worker).toEqual({
      status: 'file',
      filePath: `${posixRoot}/assets/import.worker-B1x9.js`,
      contentType: 'text/javascript; charset=utf-8',
      html: false,
    });
  });

  it('decodes escaped names, such as spaces and Chinese', () => {
    expect(servedPath(onPosix('app://street-ledger/assets/%E5%9B%BE%20%E6%A0%87.png'))).toBe(`${posixRoot}/assets/图 标.png`);
  });

  it('builds Windows paths inside the Windows root', () => {
    expect(servedPath(onWindows('app://street-ledger/assets/index-abc.css'))).toBe(`${windowsRoot}\\assets\\index-abc.css`);
    expect(servedPath(onWindows('app://street-ledger/'))).toBe(`${windowsRoot}\\index.html`);
  });

  it('keeps dot segments that the URL parser already resolved inside the root', () => {
    // The parser folds these before we see them; whatever it leaves must still land inside.
    for (const url of [
      'app://street-ledger/../../../etc/passwd.txt',
      'app://street-ledger/assets/../../secret.js',
      'app://street-ledger/%2e%2e/%2e%2e/secret.js',
      'app://street-ledger/%2E%2E/secret.js',
    ]) {
      const lookup = onPosix(url);
      if (lookup.status === 'file') expect(lookup.filePath.startsWith(`${posixRoot}/`), url).toBe(true);
    }
  });

  it.each([
    ['an encoded slash with dots', 'app://street-ledger/assets%2F..%2F..%2Fsecret.js'],
    ['an encoded backslash with dots', 'app://street-ledger/..%5C..%5Csecret.js'],
    ['raw backslashes', 'app://street-ledger/assets\\..\\..\\secret.js'],
    ['a mixed-case encoded dot pair after an encoded slash', 'app://street-ledger/a%2f%2E%2e%2fsecret.js'],
    ['an empty segment (absolute path)', 'app://street-ledger//etc/passwd.txt'],
    ['an encoded absolute path', 'app://street-ledger/%2Fetc%2Fpasswd.txt'],
    ['a drive letter', 'app://street-ledger/C:/Windows/evil.js'],
    ['an encoded drive letter', 'app://street-ledger/C%3A%5CWindows%5Cevil.js'],
    ['a UNC path', 'app://street-ledger/%5C%5Cserver%5Cshare%5Cx.js'],
    ['a NUL byte', 'app://street-ledger/index.html%00.js'],
    ['a trailing slash (directory)', 'app://street-ledger/assets/'],
    ['a Windows trailing dot', 'app://street-ledger/.../secret.js'],
    ['a Windows trailing space', 'app://street-ledger/..%20/secret.js'],
    ['a Windows device name', 'app://street-ledger/assets/con.js'],
    ['an alternate data stream', 'app://street-ledger/index.html:hidden.js'],
    ['malformed percent-encoding', 'app://street-ledger/%E5%9B.js'],
  ])('refuses %s on both platforms', (_name, url) => {
    expect(onPosix(url).status, url).toBe('refused');
    expect(onWindows(url).status, url).toBe('refused');
  });

  it.each([
    ['another host', 'app://evil/index.html'],
    ['a look-alike host', 'app://street-ledger.evil/index.html'],
    ['a port', 'app://street-ledger:8080/index.html'],
    ['credentials', 'app://user:pass@street-ledger/index.html'],
    ['no host', 'app:///street-ledger/index.html'],
    ['another scheme', 'file:///opt/app/index.html'],
    ['https', 'https://street-ledger/index.html'],
    ['not a URL', 'index.html'],
  ])('refuses %s', (_name, url) => {
    expect(onPosix(url)).toMatchObject({ status: 'refused' });
  });

  it('refuses files of a type the app does not serve, and extensionless names', () => {
    expect(onPosix('app://street-ledger/assets').status).toBe('refused');
    expect(onPosix('app://street-ledger/package.exe').status).toBe('refused');
    expect(onPosix('app://street-ledger/.env').status).toBe('refused');
  });

  it('never yields a path outside the root, whatever the input', () => {
    const pieces = ['..', '%2e%2e', '%2E.', '.%2e', '%2f', '%5c', '\\', '', 'assets', 'a.js', '%00', 'C:', '%3a', '.', '~'];
    for (const a of pieces) {
      for (const b of pieces) {
        for (const c of pieces) {
          const url = `app://street-ledger/${a}/${b}/${c}.js`;
          for (const [lookup, root, sep] of [
            [onPosix(url), posixRoot, '/'],
            [onWindows(url), windowsRoot, '\\'],
          ] as const) {
            if (lookup.status === 'file') expect(lookup.filePath.startsWith(root + sep), url).toBe(true);
          }
        }
      }
    }
  });
});

describe('contentTypeFor', () => {
  it('types what Vite builds, JavaScript as text/javascript for strict module checks', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/a.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/a.mjs')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/x/a.js.map')).toBe('application/json; charset=utf-8');
    expect(contentTypeFor('/x/logo.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('/x/font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/x/a.wasm')).toBe('application/wasm');
  });

  it('ignores the case of the extension', () => {
    expect(contentTypeFor('/x/LOGO.PNG')).toBe('image/png');
  });

  it('knows nothing of other types, nor of inherited object keys', () => {
    expect(contentTypeFor('/x/a.exe')).toBeUndefined();
    expect(contentTypeFor('/x/README')).toBeUndefined();
    expect(contentTypeFor('/x/a.constructor')).toBeUndefined();
    expect(contentTypeFor('/x/a.__proto__')).toBeUndefined();
  });
});
