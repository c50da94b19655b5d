import path from 'node:path';
import type { CustomScheme } from 'electron';

/**
 * The packaged renderer is served from app://street-ledger/ rather than file://. A file:// page
 * has an opaque origin ('null'): Chromium refuses it module workers (the workbook import runs in
 * one) and treats its storage as a special case. A standard, secure custom scheme gives the page
 * a real origin of its own, as https would, without any server.
 *
 * Everything here is pure (no Electron at run time, no disk), so the traversal checks can be
 * tested exhaustively; appProtocol.ts does the serving.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'street-ledger';
export const APP_ORIGIN = 'app://street-ledger';
export const APP_ENTRY_URL = 'app://street-ledger/index.html';

/**
 * standard: relative URLs resolve and IndexedDB/localStorage are allowed (both are off for
 * non-standard schemes). secure: a secure context, as IndexedDB, crypto.subtle and workers
 * expect. supportFetchAPI: fetch() and module-worker script loads may use the scheme.
 * stream: responses are streamed from the asar rather than buffered whole.
 * Deliberately absent: bypassCSP (the page keeps its policy), corsEnabled (no other origin may
 * read these files), allowServiceWorkers (the app has none).
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
} satisfies CustomScheme;

/** What an app:// request maps to: one file inside the renderer directory, or nothing. */
export type AppFileLookup =
  | { readonly status: 'file'; readonly filePath: string; readonly contentType: string; readonly html: boolean }
  | { readonly status: 'refused'; readonly reason: string };

/** The part of node:path the resolution needs; tests hand in path.win32 and path.posix. */
export type PathApi = Pick<typeof path, 'join' | 'relative' | 'isAbsolute' | 'extname' | 'sep'>;

const INDEX_FILE = 'index.html';

/**
 * Maps an app:// URL to a file inside `rendererRoot`, refusing anything that could name a file
 * elsewhere. The URL is not trusted to be canonical: each path segment is decoded and checked on
 * its own, so encoded dots (%2e%2e), encoded slashes (%2f, %5c), backslashes, drive letters and
 * empty segments (//etc) are refused before any path is built, and the joined path is checked
 * once more to lie inside the root. Only files of a known type are served, so a directory or a
 * stray file never reaches the page with a guessed type.
 */
export function resolveAppFile(requestUrl: string, rendererRoot: string, paths: PathApi = path): AppFileLookup {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refused('not a URL');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username !== '' || url.password !== '') {
    return refused('not the app origin');
  }

  const segments = url.pathname === '' || url.pathname === '/' ? [INDEX_FILE] : url.pathname.split('/');
  // A pathname of a hierarchical URL starts with '/', which leaves one empty first segment.
  if (segments[0] === '') segments.shift();
  const names: string[] = [];
  for (const segment of segments) {
    let name: string;
    try {
      name = decodeURIComponent(segment);
    } catch {
      return refused('malformed percent-encoding');
    }
    const problem = unsafeSegment(name);
    if (problem !== undefined) return refused(problem);
    names.push(name);
  }

  const filePath = paths.join(rendererRoot, ...names);
  const relative = paths.relative(rendererRoot, filePath);
  if (relative === '' || relative.split(paths.sep)[0] === '..' || paths.isAbsolute(relative)) {
    return refused('outside the renderer directory');
  }
  const contentType = contentTypeFor(filePath, paths);
  if (contentType === undefined) return refused('not a file type the app serves');
  return { status: 'file', filePath, contentType, html: contentType.startsWith('text/html') };
}

/** Why a decoded path segment may not be used, or undefined when it is an ordinary name. */
function unsafeSegment(name: string): string | undefined {
  if (name === '') return 'empty path segment';
  if (name === '.' || name === '..') return 'dot segment';
  // eslint-disable-next-line no-control-regex -- control characters (NUL above all) are exactly what must not reach a path
  if (/[/\\:\u0000-\u001f\u007f]/.test(name)) return 'separator, drive or control character in a segment';
  // Windows drops trailing dots and spaces ('.. ' and '...' would name a parent there).
  if (/[. ]$/.test(name)) return 'trailing dot or space';
  // Device names open a device, not a file, on Windows, whatever the folder or extension.
  if (/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(name)) return 'Windows device name';
  return undefined;
}

function refused(reason: string): AppFileLookup {
  return { status: 'refused', reason };
}

/**
 * Types of what Vite puts in the renderer build. Module scripts and module workers are only run
 * when served as JavaScript (strict MIME checking), hence text/javascript for .js and .mjs.
 */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** The Content-Type to serve a file with, or undefined for a type the app does not serve. */
export function contentTypeFor(filePath: string, paths: Pick<PathApi, 'extname'> = path): string | undefined {
  const extension = paths.extname(filePath).toLowerCase();
  return Object.hasOwn(CONTENT_TYPES, extension) ? CONTENT_TYPES[extension] : undefined;
}
