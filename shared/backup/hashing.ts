/**
 * SHA-256 as lowercase hex. shared/ has no crypto of its own (no DOM or Node typings), so each
 * runtime hands in its digest: Web Crypto in the renderer and its workers, node:crypto in main.
 */
export type Sha256 = (bytes: Uint8Array) => Promise<string>;

export function hex(digest: ArrayBuffer | Uint8Array): string {
  const bytes = digest instanceof Uint8Array ? digest : new Uint8Array(digest);
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}
