import { pathToFileURL } from 'node:url';

/**
 * Where the app's own page lives: the Vite dev server during development, otherwise exactly one
 * file, the bundled index.html. Navigation and IPC are trusted only for URLs of this origin.
 *
 * A file:// URL has an opaque origin ('null'), so "same origin" there means "the same index.html",
 * compared without query and fragment (the renderer routes with the fragment).
 */
export type AppOrigin =
  | { readonly kind: 'devServer'; readonly origin: string; readonly entryUrl: string }
  | { readonly kind: 'file'; readonly entryUrl: string };

export interface AppLocation {
  /** Only honoured by an unpackaged app; see main.ts. */
  readonly devServerUrl?: string | undefined;
  /** Absolute path of the bundled renderer's index.html. */
  readonly indexPath: string;
}

export function appOriginFor({ devServerUrl, indexPath }: AppLocation): AppOrigin {
  if (devServerUrl !== undefined) {
    const url = new URL(devServerUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new Error(`The dev server URL must be http(s), got ${devServerUrl}`);
    }
    return { kind: 'devServer', origin: url.origin, entryUrl: url.href };
  }
  // pathToFileURL yields the canonical, percent-encoded form that Chromium reports back in
  // frame URLs, also for Windows drive letters and Chinese folder names.
  return { kind: 'file', entryUrl: pathToFileURL(indexPath).href };
}

export function isAppUrl(app: AppOrigin, candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (app.kind === 'devServer') return url.origin === app.origin;
  if (url.protocol !== 'file:') return false;
  url.hash = '';
  url.search = '';
  return url.href === app.entryUrl;
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
