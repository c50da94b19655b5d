import { pathToFileURL } from 'node:url';
import { resolveAppFile } from './appScheme';

export interface AppProtocolOptions {
  /** Absolute path of the built renderer (…/renderer/main_window), usually inside app.asar. */
  readonly rendererRoot: string;
  /**
   * Reads a file:// URL. In the app this is Electron's net.fetch, whose file loader reads
   * inside app.asar (checking the archive's integrity hashes) just as it does outside it.
   */
  readonly fetchFile: (fileUrl: string) => Promise<Response>;
  /** The policy HTML responses carry as their Content-Security-Policy header. */
  readonly csp: string;
  /** Where refused requests are reported; a missing file in a package is a build bug to see. */
  readonly warn?: (message: string) => void;
}

export type AppProtocolHandler = (request: Request) => Promise<Response>;

/**
 * The handler for protocol.handle('app', …): serves files of the built renderer and nothing
 * else. Every refusal is a plain 404, so a probing page learns nothing about the disk.
 */
export function appProtocolHandler({ rendererRoot, fetchFile, csp, warn = console.warn }: AppProtocolOptions): AppProtocolHandler {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: { Allow: 'GET, HEAD' } });
    }
    const lookup = resolveAppFile(request.url, rendererRoot);
    if (lookup.status === 'refused') {
      warn(`Refused ${request.url}: ${lookup.reason}`);
      return notFound();
    }

    let file: Response;
    try {
      file = await fetchFile(pathToFileURL(lookup.filePath).href);
    } catch (error) {
      // net.fetch rejects for a missing file (net::ERR_FILE_NOT_FOUND) instead of answering 404.
      warn(`Could not read ${lookup.filePath}: ${error instanceof Error ? error.message : String(error)}`);
      return notFound();
    }
    if (!file.ok) {
      await file.body?.cancel();
      warn(`Could not read ${lookup.filePath}: status ${file.status}`);
      return notFound();
    }

    // Our own headers, not the file loader's: its type is sniffed, and only ours is known right
    // for module scripts and the module worker.
    const headers = new Headers({ 'Content-Type': lookup.contentType, 'X-Content-Type-Options': 'nosniff' });
    if (lookup.html) headers.set('Content-Security-Policy', csp);
    if (request.method === 'HEAD') {
      await file.body?.cancel();
      return new Response(null, { status: 200, headers });
    }
    return new Response(file.body, { status: 200, headers });
  };
}

function notFound(): Response {
  return new Response(null, { status: 404 });
}
