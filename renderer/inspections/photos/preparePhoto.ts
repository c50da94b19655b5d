import { DomainError } from '../../../shared/common/problem';
import type { PreparedPhoto } from '../inspectionPhotoRepository';

/** Longest edge of a stored photo: sharp enough to read a sign, small enough for thousands. */
export const PHOTO_MAX_EDGE = 1600;
export const THUMBNAIL_MAX_EDGE = 240;
/** A phone photo is 3–12 MB; anything far larger is not a photo of an estate. */
export const PHOTO_MAX_INPUT_MB = 40;
const JPEG_QUALITY = 0.85;

/** The size that fits within `maxEdge` on both sides, never enlarged. */
export function fitWithin(width: number, height: number, maxEdge: number): { width: number; height: number } {
  const scale = Math.min(1, maxEdge / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

type Drawable = ImageBitmap | HTMLImageElement;

async function decode(file: Blob): Promise<Drawable> {
  if (typeof createImageBitmap === 'function') return createImageBitmap(file);
  // Older engines: an <img> element does the decoding.
  const url = URL.createObjectURL(file);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

function sizeOf(image: Drawable): { width: number; height: number } {
  return 'naturalWidth' in image ? { width: image.naturalWidth, height: image.naturalHeight } : { width: image.width, height: image.height };
}

async function encode(image: Drawable, width: number, height: number): Promise<Blob> {
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(image, 0, 0, width, height);
    return canvas.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY });
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))), 'image/jpeg', JPEG_QUALITY));
}

function canDraw(): boolean {
  return typeof OffscreenCanvas === 'function' || typeof document !== 'undefined';
}

/**
 * A picked file as a stored photo: decoded, downscaled to JPEG within PHOTO_MAX_EDGE, with a
 * thumbnail. Where the engine can decode but not draw, or cannot decode this format (HEIC in
 * some browsers), the original is kept as both photo and thumbnail rather than refused: the
 * evidence matters more than the bytes. A file that is not an image at all is refused.
 */
export async function preparePhoto(file: File): Promise<PreparedPhoto> {
  if (file.size > PHOTO_MAX_INPUT_MB * 1024 * 1024) {
    throw new DomainError([{ field: 'photo', code: 'photoTooLarge', params: { name: file.name, max: PHOTO_MAX_INPUT_MB } }]);
  }
  if (!file.type.startsWith('image/')) throw new DomainError([{ field: 'photo', code: 'notAnImage', params: { name: file.name } }]);
  const original = { name: file.name, type: file.type, width: 0, height: 0, blob: file, thumbnail: file };
  if (!canDraw()) return original;
  let image: Drawable;
  try {
    image = await decode(file);
  } catch {
    return original;
  }
  try {
    const natural = sizeOf(image);
    const full = fitWithin(natural.width, natural.height, PHOTO_MAX_EDGE);
    const thumb = fitWithin(natural.width, natural.height, THUMBNAIL_MAX_EDGE);
    const [blob, thumbnail] = await Promise.all([encode(image, full.width, full.height), encode(image, thumb.width, thumb.height)]);
    return { name: file.name, type: 'image/jpeg', width: full.width, height: full.height, blob, thumbnail };
  } catch {
    return { ...original, ...sizeOf(image) };
  } finally {
    if ('close' in image) image.close();
  }
}
