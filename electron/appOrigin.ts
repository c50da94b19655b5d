import { APP_ENTRY_URL, APP_HOST, APP_ORIGIN, APP_SCHEME } from './appScheme';

/**
 * Where the app's own page lives: the Vite dev server during development, otherwise the bundled
 * renderer, served over app://street-ledger (appScheme.ts). Navigation and IPC are trusted only
 * for URLs of this one origin: never file://, another scheme, or another app:// host.
 */
export type AppOrigin =
  | { readonly kind: 'devServer'; readonly origin: string; readonly entryUrl: string }
  | { readonly kind: 'bundle'; readonly origin: typeof APP_ORIGIN; readonly entryUrl: typeof APP_ENTRY_URL };

export interface AppLocation {
  /** Only honoured by an unpackaged app; see main.ts. */
  readonly devServerUrl?: string | undefined;
}

export function appOriginFor({ devServerUrl }: AppLocation = {}): AppOrigin {
  if (devServerUrl !== undefined) {
    const url = new URL(devServerUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new Error(`The dev server URL must be http(s), got ${devServerUrl}`);
    }
    return { kind: 'devServer', origin: url.origin, entryUrl: url.href };
  }
  return { kind: 'bundle', origin: APP_ORIGIN, entryUrl: APP_ENTRY_URL };
}

export function isAppUrl(app: AppOrigin, candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (app.kind === 'devServer') return url.origin === app.origin;
  // Compared part by part: Node gives custom schemes the opaque origin 'null', so URL.origin
  // cannot tell app://street-ledger from app://evil. Any path is the app's own: the protocol
  // handler serves nothing but the bundle under this origin.
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
}

/** The part of an IPC event's sender frame the trust check needs. */
export interface SenderFrame {
  readonly url: string;
}

/**
 * An IPC request is trusted only from a live frame showing the app's own page: never from a
 * frame that is gone (senderFrame null) or that navigated elsewhere.
 */
export function isTrustedSender(app: AppOrigin, frame: SenderFrame | null | undefined): boolean {
  if (frame === null || frame === undefined) return false;
  let url: string;
  try {
    // WebFrameMain.url throws once the render frame is disposed.
    url = frame.url;
  } catch {
    return false;
  }
  return typeof url === 'string' && isAppUrl(app, url);
}
