import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../shared/security/csp';
import { appProtocolHandler, type AppProtocolHandler } from './appProtocol';

/**
 * A real renderer directory on disk, with a secret beside it, and a fetchFile that reads
 * file:// URLs the way net.fetch does (a missing file rejects). The handler is driven with real
 * Request objects, as protocol.handle would.
 */
let base: string;
let rendererRoot: string;
const fetched: string[] = [];
const warnings: string[] = [];
const csp = contentSecurityPolicy({ delivery: 'header' });

const INDEX_HTML = '<!doctype html><title>街道物业台账</title><script type="module" src="./assets/index-a1.js"></script>';
const WORKER_JS = 'self.onmessage = () => {};';

async function fetchFromDisk(fileUrl: string): Promise<Response> {
  fetched.push(fileUrl);
  const bytes = await readFile(fileURLToPath(fileUrl));
  // What net.fetch's file loader would guess; the handler must replace it.
  return new Response(bytes, { headers: { 'Content-Type': 'text/plain' } });
}

let handler: AppProtocolHandler;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'street-ledger-app-'));
  rendererRoot = path.join(base, 'renderer', 'main_window');
  await mkdir(path.join(rendererRoot, 'assets'), { recursive: true });
  await writeFile(path.join(rendererRoot, 'index.html'), INDEX_HTML);
  await writeFile(path.join(rendererRoot, 'assets', 'import.worker-Xy12.js'), WORKER_JS);
  await writeFile(path.join(rendererRoot, 'assets', 'index-a1.css'), 'body{margin:0}');
  await writeFile(path.join(base, 'secret.js'), 'the user records');
  await writeFile(path.join(base, 'renderer', 'secret.js'), 'the user records');
  handler = appProtocolHandler({ rendererRoot, fetchFile: fetchFromDisk, csp, warn: (message) => warnings.push(message) });
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

function get(url: string, method = 'GET'): Promise<Response> {
  return handler(new Request(url, { method }));
}

describe('appProtocolHandler', () => {
  it('serves index.html at the origin, as HTML carrying the CSP header', async () => {
    for (const url of ['app://street-ledger/', 'app://street-ledger/index.html', 'app://street-ledger/index.html?x=1#/estates']) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(csp);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toBe(INDEX_HTML);
    }
  });

  it('serves the module worker as JavaScript, without a CSP header of its own', async () => {
    const response = await get('app://street-ledger/assets/import.worker-Xy12.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(await response.text()).toBe(WORKER_JS);
  });

  it('serves stylesheets as CSS', async () => {
    const response = await get('app://street-ledger/assets/index-a1.css');
    expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await get('app://street-ledger/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.body).toBeNull();
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await get('app://street-ledger/index.html', 'POST');
    expect(response.status).toBe(405);
  });

  it.each([
    'app://street-ledger/..%2Fsecret.js',
    'app://street-ledger/..%2F..%2Fsecret.js',
    'app://street-ledger/assets%2F..%2F..%2Fsecret.js',
    'app://street-ledger/..%5C..%5Csecret.js',
    'app://street-ledger/assets\\..\\..\\secret.js',
    'app://street-ledger//etc/passwd.txt',
    'app://street-ledger/%2Fetc%2Fpasswd.txt',
    'app://street-ledger/C:/Windows/win.ini',
    'app://evil/index.html',
    'app://street-ledger:1/index.html',
  ])('refuses %s with a 404 without reading anything', async (url) => {
    fetched.length = 0;
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('');
    expect(fetched).toEqual([]);
  });

  it.each([
    'app://street-ledger/../secret.js',
    'app://street-ledger/../../secret.js',
    'app://street-ledger/%2e%2e/%2e%2e/secret.js',
    'app://street-ledger/assets/../../secret.js',
  ])('folds the dot segments of %s to a file inside the root, which does not exist: 404', async (url) => {
    fetched.length = 0;
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(fetched.map((fileUrl) => fileURLToPath(fileUrl))).toEqual([path.join(rendererRoot, 'secret.js')]);
  });

  it('answers 404 for a missing file and reports it', async () => {
    warnings.length = 0;
    const response = await get('app://street-ledger/assets/missing.js');
    expect(response.status).toBe(404);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/missing\.js/);
  });

  it('answers 404 when the file loader answers with an error status', async () => {
    const failing = appProtocolHandler({
      rendererRoot,
      fetchFile: async () => new Response('gone', { status: 410 }),
      csp,
      warn: () => undefined,
    });
    const response = await failing(new Request('app://street-ledger/index.html'));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBeNull();
  });

  it('asks the file loader for a canonical file URL inside the root', async () => {
    fetched.length = 0;
    await get('app://street-ledger/index.html');
    expect(fetched).toHaveLength(1);
    expect(fetched[0]).toMatch(/^file:\/\//);
    expect(fileURLToPath(fetched[0] ?? '')).toBe(path.join(rendererRoot, 'index.html'));
  });
});
