import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
}

describe('contentSecurityPolicy', () => {
  const packaged = directives(contentSecurityPolicy());

  it('lets the packaged page run only its own scripts', () => {
    expect(packaged.get('default-src')).toEqual(["'self'"]);
    expect(packaged.get('script-src')).toEqual(["'self'"]);
    expect(packaged.get('connect-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-eval|\*|https?:/);
  });

  it('allows inline styles for antd and data/blob images and workers', () => {
    expect(packaged.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(packaged.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(packaged.get('worker-src')).toEqual(["'self'", 'blob:']);
  });

  it('shuts plugins, base rewriting, framing and form posts', () => {
    expect(packaged.get('object-src')).toEqual(["'none'"]);
    expect(packaged.get('base-uri')).toEqual(["'none'"]);
    expect(packaged.get('frame-ancestors')).toEqual(["'none'"]);
    expect(packaged.get('form-action')).toEqual(["'none'"]);
  });

  it('leaves frame-ancestors out of the meta-tag variant, which browsers would ignore', () => {
    const meta = directives(contentSecurityPolicy({ delivery: 'meta' }));
    expect(meta.has('frame-ancestors')).toBe(false);
    const { 'frame-ancestors': _dropped, ...headerRest } = Object.fromEntries(packaged);
    expect(Object.fromEntries(meta)).toEqual(headerRest);
  });

  it('opens the dev server and its HMR socket only when given one', () => {
    const dev = directives(contentSecurityPolicy({ devServerUrl: 'http://localhost:5173/' }));
    expect(dev.get('connect-src')).toEqual(["'self'", 'http://localhost:5173', 'ws://localhost:5173']);
    // The React Refresh preamble is an inline script.
    expect(dev.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev.get('object-src')).toEqual(["'none'"]);
  });

  it('refuses a dev server that is not http(s)', () => {
    expect(() => contentSecurityPolicy({ devServerUrl: 'file:///tmp/x' })).toThrow(/http/);
  });
});
