import type { Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../shared/security/csp';
import { guardSession, withContentSecurityPolicy } from './hardening';

type PermissionRequest = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
) => void;

/** Records what guardSession installs on a session. */
function fakeSession() {
  const installed: {
    request?: PermissionRequest;
    check?: (contents: unknown, permission: string) => boolean;
    device?: () => boolean;
    headers?: HeadersListener;
  } = {};
  const session = {
    setPermissionRequestHandler: (handler: PermissionRequest) => (installed.request = handler),
    setPermissionCheckHandler: (handler: (contents: unknown, permission: string) => boolean) => (installed.check = handler),
    setDevicePermissionHandler: (handler: () => boolean) => (installed.device = handler),
    webRequest: { onHeadersReceived: (listener: HeadersListener) => (installed.headers = listener) },
  };
  return { session: session as unknown as Session, installed };
}

describe('guardSession', () => {
  const csp = contentSecurityPolicy();

  const asked = (installed: ReturnType<typeof fakeSession>['installed'], permission: string) => {
    let granted: boolean | undefined;
    installed.request?.({}, permission, (answer) => (granted = answer));
    return { requested: granted, checked: installed.check?.({}, permission) };
  };

  it('refuses every permission request and check but persistent storage', () => {
    const { session, installed } = fakeSession();
    guardSession(session, csp);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'storage-access', 'fileSystem']) {
      expect(asked(installed, permission), permission).toEqual({ requested: false, checked: false });
    }
    expect(installed.device?.()).toBe(false);
  });

  it('grants persistent storage, so a full disk cannot make Chromium evict the ledger', () => {
    const { session, installed } = fakeSession();
    guardSession(session, csp);
    expect(asked(installed, 'persistent-storage')).toEqual({ requested: true, checked: true });
  });

  it('puts the CSP on every response', () => {
    const { session, installed } = fakeSession();
    guardSession(session, csp);
    let headers: Record<string, string[]> | undefined;
    installed.headers?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, (response) => (headers = response.responseHeaders));
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [csp] });
  });
});

describe('withContentSecurityPolicy', () => {
  it("replaces a server's own policy whatever its spelling", () => {
    expect(
      withContentSecurityPolicy({ 'content-security-policy': ["default-src *"], 'X-Other': ['1'] }, "default-src 'self'"),
    ).toEqual({ 'X-Other': ['1'], 'Content-Security-Policy': ["default-src 'self'"] });
  });

  it('copes with a response without headers', () => {
    expect(withContentSecurityPolicy(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] });
  });
});
