import { statfs } from 'node:fs/promises';

/** Bytes an unprivileged user may still write on the volume holding `folder`. */
export async function freeBytesAt(folder: string): Promise<number> {
  const stats = await statfs(folder);
  return stats.bavail * stats.bsize;
}
