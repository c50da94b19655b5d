/**
 * The one Content Security Policy of the app, built in one place so the main process (response
 * header), the renderer's index.html (meta tag) and the tests agree on it.
 *
 * In shared/ because it is pure: the Vite config, the main process and the tests import it.
 */

export interface CspOptions {
  /**
   * The Vite dev server during `electron-forge start`; absent in a packaged app. Only then may
   * the page open the dev server's HMR socket and run the React Refresh preamble, which
   * @vitejs/plugin-react injects as an inline script.
   */
  readonly devServerUrl?: string | undefined;
  /**
   * A meta tag cannot carry frame-ancestors (browsers ignore it there and warn), so the meta
   * variant leaves it out. The header variant is what the main process sends: with the dev
   * server's pages and with the packaged page it serves over app://. The built index.html
   * carries the meta variant too, so the page is never without a policy.
   */
  readonly delivery?: 'header' | 'meta';
}

type Directive = readonly [name: string, sources: readonly string[]];

export function contentSecurityPolicy({ devServerUrl, delivery = 'header' }: CspOptions = {}): string {
  const dev = devServerUrl === undefined ? undefined : devServerSources(devServerUrl);
  const directives: Directive[] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...(dev ? ["'unsafe-inline'"] : [])]],
    // antd's CSS-in-JS writes <style> elements at run time.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['worker-src', ["'self'", 'blob:']],
    ['connect-src', ["'self'", ...(dev ?? [])]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
  if (delivery === 'header') directives.push(['frame-ancestors', ["'none'"]]);
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** The dev server's own origin and its HMR web socket. */
function devServerSources(devServerUrl: string): readonly string[] {
  const url = new URL(devServerUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`The dev server URL must be http(s), got ${devServerUrl}`);
  }
  const socketScheme = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return [url.origin, `${socketScheme}//${url.host}`];
}
