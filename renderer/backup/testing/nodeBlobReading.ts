/**
 * What dexie-export-import needs of a browser and Node lacks, for tests only: `self` (read when
 * the module loads) and an asynchronous FileReader (how it reads photo Blobs outside a worker).
 * Import this before anything that imports dexie-export-import.
 */
const scope = globalThis as { self?: unknown; FileReader?: unknown };
scope.self ??= globalThis;

class NodeFileReader {
  result: ArrayBuffer | null = null;
  onload: ((event: { target: NodeFileReader }) => void) | null = null;
  onerror: ((event: { target: { error: unknown } }) => void) | null = null;
  onabort: (() => void) | null = null;

  readAsArrayBuffer(blob: Blob): void {
    blob.arrayBuffer().then(
      (buffer) => {
        this.result = buffer;
        this.onload?.({ target: this });
      },
      (error: unknown) => this.onerror?.({ target: { error } }),
    );
  }
}

scope.FileReader ??= NodeFileReader;
export {};
