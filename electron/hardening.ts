import type { Session, WebContents } from 'electron';
import { isAppUrl, type AppOrigin } from './appOrigin';

/**
 * The page may never leave the app: no new windows, no navigation or redirect to another origin,
 * no <webview>. Applied to the main window and, through app 'web-contents-created', to anything
 * else that ever gets created.
 */
export function guardWebContents(contents: WebContents, app: AppOrigin): void {
  if (guarded.has(contents)) return;
  guarded.add(contents);

  contents.setWindowOpenHandler(() => ({ action: 'deny' }));

  const keepInApp = (event: { readonly url: string; preventDefault(): void }): void => {
    if (!isAppUrl(app, event.url)) event.preventDefault();
  };
  contents.on('will-navigate', keepInApp);
  // Sub-frames do not raise will-navigate; this catches them too.
  contents.on('will-frame-navigate', keepInApp);
  contents.on('will-redirect', keepInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

const guarded = new WeakSet<WebContents>();

/**
 * The one permission the app needs: persistent storage. Without it the profile's IndexedDB is
 * "best effort", and Chromium evicts a best-effort origin whole (ledger, backups kept there,
 * private files) when the disk runs short — observed on a 30 MB tmpfs in this project's
 * full-disk journey; with it granted, the same full disk only aborts the write under way.
 */
const GRANTED_PERMISSION = 'persistent-storage';

/**
 * Apart from persistent storage, the app asks for no browser permission (camera, notifications,
 * clipboard read, devices …), so every other request and check is refused. The CSP header goes on every response that passes
 * through webRequest (the dev server's, at least); the app:// handler sets it on the packaged
 * page itself, and the built index.html carries it as a meta tag as well.
 */
export function guardSession(session: Session, csp: string): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(permission === GRANTED_PERMISSION));
  session.setPermissionCheckHandler((_contents, permission) => permission === GRANTED_PERMISSION);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, csp) });
  });
}

/** Response headers with ours as the only CSP, whatever spelling the server used. */
export function withContentSecurityPolicy(
  headers: Readonly<Record<string, string[]>> | undefined,
  csp: string,
): Record<string, string[]> {
  const kept = Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy');
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [csp] };
}
