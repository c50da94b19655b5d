import { hex, type Sha256 } from '../../shared/backup';

/** SHA-256 through Web Crypto: in the window and in workers alike, off the calling thread. */
export const webSha256: Sha256 = async (bytes) => hex(await crypto.subtle.digest('SHA-256', bytes.slice().buffer));
