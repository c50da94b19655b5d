// Draws the app icon: a white 台 on a red rounded square, written as build/icon.png (256×256)
// and build/icon.ico (PNG entries, 16–256 px, as Windows Vista and later read them).
// Node only, no image library: strokes are round-capped segments, anti-aliased by 4×4
// supersampling. Run: node build/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const RED = [200, 16, 46];
const WHITE = [255, 255, 255];

// The glyph on a 256-unit canvas: 厶 above 口.
const STROKE = 21;
const strokes = [
  [136, 38, 90, 102], // 厶: the falling stroke…
  [90, 102, 174, 94], // …turning right
  [152, 66, 178, 100], // 厶: the dot
  [82, 128, 82, 216], // 口: left
  [82, 128, 174, 128], // 口: top
  [174, 128, 174, 216], // 口: right
  [82, 206, 174, 206], // 口: bottom
];

function insideRoundedSquare(x, y) {
  const margin = 8;
  const radius = 52;
  const lo = margin + radius;
  const hi = 256 - margin - radius;
  const dx = Math.max(lo - x, 0, x - hi);
  const dy = Math.max(lo - y, 0, y - hi);
  return dx * dx + dy * dy <= radius * radius;
}

function onGlyph(x, y) {
  return strokes.some(([x1, y1, x2, y2]) => {
    const vx = x2 - x1;
    const vy = y2 - y1;
    const t = Math.max(0, Math.min(1, ((x - x1) * vx + (y - y1) * vy) / (vx * vx + vy * vy)));
    const dx = x - (x1 + t * vx);
    const dy = y - (y1 + t * vy);
    return dx * dx + dy * dy <= (STROKE / 2) ** 2;
  });
}

/** RGBA pixels of the icon at `size`×`size`. */
function render(size) {
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let shape = 0;
      let glyph = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = ((px + (sx + 0.5) / samples) * 256) / size;
          const y = ((py + (sy + 0.5) / samples) * 256) / size;
          if (insideRoundedSquare(x, y)) {
            shape++;
            if (onGlyph(x, y)) glyph++;
          }
        }
      }
      const i = (py * size + px) * 4;
      const whiteShare = shape === 0 ? 0 : glyph / shape;
      for (let c = 0; c < 3; c++) pixels[i + c] = Math.round(RED[c] * (1 - whiteShare) + WHITE[c] * whiteShare);
      pixels[i + 3] = Math.round((255 * shape) / (samples * samples));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const rgba = render(size);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry[0] = size === 256 ? 0 : size; // 0 means 256
    entry[1] = size === 256 ? 0 : size;
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map(({ data }) => data)]);
}

const here = new URL('.', import.meta.url);
writeFileSync(new URL('icon.png', here), png(256));
writeFileSync(new URL('icon.ico', here), ico([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, data: png(size) }))));
console.log('wrote build/icon.png and build/icon.ico');
