/**
 * The renderer's Content Security Policy, in one place for both hosts: the main process sends
 * it as a header (with the dev server added in development) and the built page carries it as a
 * meta tag. antd's CSS-in-JS injects <style> elements, hence 'unsafe-inline' for styles only.
 */
const DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'worker-src': ["'self'", 'blob:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/** Directives a <meta> tag cannot carry (browsers ignore them there). */
const HEADER_ONLY: Readonly<Record<string, readonly string[]>> = {
  'frame-ancestors': ["'none'"],
};

function render(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

export const RENDERER_CONTENT_SECURITY_POLICY = render(DIRECTIVES);

/** The header form; `devServerOrigin` (e.g. http://localhost:5173) is allowed only in development. */
export function contentSecurityPolicyHeader(devServerOrigin?: string): string {
  if (!devServerOrigin) return render({ ...DIRECTIVES, ...HEADER_ONLY });
  const ws = devServerOrigin.replace(/^http/, 'ws');
  return render({
    ...DIRECTIVES,
    'script-src': [...(DIRECTIVES['script-src'] ?? []), devServerOrigin, "'unsafe-inline'"],
    'connect-src': [...(DIRECTIVES['connect-src'] ?? []), devServerOrigin, ws],
    ...HEADER_ONLY,
  });
}
